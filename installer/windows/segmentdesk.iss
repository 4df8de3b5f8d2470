; Inno Setup 6 script: SegmentDesk for one Windows user, no administrator rights needed.
;
; Build the bundle first (on Windows, from the repository's top folder):
;   py -m pip install -e ".[build]"
;   py -m PyInstaller --noconfirm --clean installer\segmentdesk.spec
;   dist\segmentdesk\segmentdesk-cli.exe selftest
; then the installer, naming the version of pyproject.toml:
;   iscc /DAppVersion=0.1.0 installer\windows\segmentdesk.iss
; It writes dist\SegmentDesk-<version>-setup.exe.
;
; What it does: installs into %LOCALAPPDATA%\Programs\SegmentDesk ({autopf} in non-administrative
; mode), adds SegmentDesk to the user's Start menu (and, if ticked, the desktop), makes .segdesk
; projects open in SegmentDesk (HKCU\Software\Classes through HKA), and offers SegmentDesk in
; "Open with" for the spreadsheets it imports without taking them over.
; The uninstaller removes only what this script installed and registered: projects (.segdesk files
; wherever the user keeps them), settings and backups (%LOCALAPPDATA%\SegmentDesk) stay.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z segmentdesk.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\segmentdesk"
#endif
#define AppExe "segmentdesk.exe"
#define ProgId "SegmentDesk.Project"

[Setup]
; A fixed AppId: a newer installer updates this installation instead of adding a second one.
AppId={{6B0F3C52-8E1D-4B7A-9C55-2F4D1E7A9B31}
AppName=SegmentDesk
AppVersion={#AppVersion}
AppVerName=SegmentDesk {#AppVersion}
AppPublisher=SegmentDesk team
VersionInfoVersion={#AppVersion}
; Per user, never elevated: a shop owner without administrator rights can install it.
PrivilegesRequired=lowest
DefaultDirName={autopf}\SegmentDesk
DefaultGroupName=SegmentDesk
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\..\resources\icons\app\segmentdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=SegmentDesk
OutputDir=..\..\dist
OutputBaseFilename=SegmentDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; The app must be closed to be updated or removed (its files are in use while it runs).
CloseApplications=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: segmentdesk.exe (the window), segmentdesk-cli.exe (the command line)
; and _internal\ (Python, Qt, resources, translations, reference data, the sample shop).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; Files of an older version that this one no longer has must not be imported by it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\SegmentDesk"; Filename: "{app}\{#AppExe}"; Comment: "Customer segmentation for small shops"
Name: "{autodesktop}\SegmentDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .segdesk opens in SegmentDesk.  HKA is HKCU here (non-administrative mode), so no rights are needed.
Root: HKA; Subkey: "Software\Classes\.segdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.segdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-segmentdesk-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.segdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SegmentDesk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" for the files SegmentDesk imports, without becoming their default program.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "SegmentDesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".segdesk"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,SegmentDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: nothing beyond the installed files is removed, so the user's projects,
; settings and backups outlive an uninstall (and a reinstall finds them again).
