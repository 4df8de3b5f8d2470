"""SegmentDesk.app's Info.plist entries, read by segmentdesk.spec's BUNDLE on macOS.

The app declares (exports) its own document type for ``.segdesk`` projects and owns it, and offers
to open the spreadsheets it imports without claiming them.  Keys as Apple's Information Property
List and Uniform Type Identifier references name them.
"""
from __future__ import annotations

PROJECT_UTI = "fi.segmentdesk.project"
PROJECT_MIME = "application/x-segmentdesk-project"


def info_plist(version: str) -> dict:
    """The entries PyInstaller merges into the Info.plist it writes (name, identifier and
    executable it sets itself from BUNDLE's arguments)."""
    return {
        "CFBundleDisplayName": "SegmentDesk",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "SegmentDesk team",
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": PROJECT_UTI,
            "UTTypeDescription": "SegmentDesk project",
            # A project is one SQLite file: data, not a folder bundle.
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeTagSpecification": {"public.filename-extension": ["segdesk"],
                                       "public.mime-type": [PROJECT_MIME]},
        }],
        "CFBundleDocumentTypes": [
            {"CFBundleTypeName": "SegmentDesk project",
             "CFBundleTypeRole": "Editor",
             "LSHandlerRank": "Owner",
             "LSItemContentTypes": [PROJECT_UTI]},
            # Customer lists to import: offered in "Open With", never made the default for them.
            {"CFBundleTypeName": "Customer list",
             "CFBundleTypeRole": "Viewer",
             "LSHandlerRank": "Alternate",
             "LSItemContentTypes": ["public.comma-separated-values-text",
                                    "org.openxmlformats.spreadsheetml.sheet",
                                    "com.microsoft.excel.xls",
                                    "org.oasis-open.opendocument.spreadsheet"]},
        ],
    }
