<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="29"/>
        <source>%n without marketing consent</source>
        <translation>
            <numerusform>%n without marketing consent</numerusform>
            <numerusform>%n without marketing consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="30"/>
        <source>%n said no to marketing</source>
        <translation>
            <numerusform>%n said no to marketing</numerusform>
            <numerusform>%n said no to marketing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="31"/>
        <source>%n on the do-not-contact list</source>
        <translation>
            <numerusform>%n on the do-not-contact list</numerusform>
            <numerusform>%n on the do-not-contact list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="32"/>
        <source>%n without a valid email address</source>
        <translation>
            <numerusform>%n without a valid email address</numerusform>
            <numerusform>%n without a valid email address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="33"/>
        <source>%n repeating an address</source>
        <translation>
            <numerusform>%n repeating an address</numerusform>
            <numerusform>%n repeating an address</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="37"/>
        <source>Will leave out: %1.</source>
        <translation>Will leave out: %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="46"/>
        <source>Wrote %1 people to
%2
each once, with the segments they are in as tags.</source>
        <translation>Wrote %1 people to
%2
each once, with the segments they are in as tags.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="49"/>
        <source>Wrote %1 rows to
%2</source>
        <translation>Wrote %1 rows to
%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="51"/>
        <source>Wrote %1 rows to %2 files in
%3</source>
        <translation>Wrote %1 rows to %2 files in
%3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="37"/>
        <source>Left out: %1.</source>
        <translation>Left out: %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="69"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="70"/>
        <location filename="../../segmentdesk/ui/report_flow.py" line="94"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="56"/>
        <location filename="../../segmentdesk/ui/report_flow.py" line="79"/>
        <source>Client report</source>
        <translation>Client report</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="56"/>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="62"/>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="65"/>
        <source>Save the client report</source>
        <translation>Save the client report</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="79"/>
        <source>Writing the client report…</source>
        <translation>Writing the client report…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="81"/>
        <source>Cannot write the report</source>
        <translation>Cannot write the report</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="91"/>
        <source>Wrote the client report (%1 pages) to
%2</source>
        <translation>Wrote the client report (%1 pages) to
%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="92"/>
        <source>Report finished</source>
        <translation>Report finished</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="93"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AnalysisArea</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/analysis_area.py" line="37"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>AnalysisPages</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="118"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="325"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="307"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="444"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="303"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="238"/>
        <source>Buying rhythm</source>
        <translation>Buying rhythm</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="28"/>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="33"/>
        <source>Count as of</source>
        <translation>Count as of</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="34"/>
        <source>Counts, ages and dates such as “in the last 30 days” are measured on this day. It starts at today each time SegmentDesk starts and is not saved in the project.</source>
        <translation>Counts, ages and dates such as “in the last 30 days” are measured on this day. It starts at today each time SegmentDesk starts and is not saved in the project.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="39"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="40"/>
        <source>Count as of today</source>
        <translation>Count as of today</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="17"/>
        <source>Backups and autosave</source>
        <translation>Backups and autosave</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="18"/>
        <source>Keep backups of each project</source>
        <translation>Keep backups of each project</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="23"/>
        <source>Save the open project automatically</source>
        <translation>Save the open project automatically</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="27"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="29"/>
        <source>A backup is made when a project is opened and after each import, in SegmentDesk&apos;s own data folder. The oldest backups are deleted as new ones are made.</source>
        <translation>A backup is made when a project is opened and after each import, in SegmentDesk&apos;s own data folder. The oldest backups are deleted as new ones are made.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="34"/>
        <source>Backups kept per project:</source>
        <translation>Backups kept per project:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="36"/>
        <source>Save every:</source>
        <translation>Save every:</translation>
    </message>
</context>
<context>
    <name>CategoryParameterEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="82"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="50"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="52"/>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="54"/>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="57"/>
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="172"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="172"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="173"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="181"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="110"/>
        <source>Choose values…</source>
        <translation>Choose values…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="111"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="48"/>
        <source>Open a project or import customers to look for hidden groups.</source>
        <translation>Open a project or import customers to look for hidden groups.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="51"/>
        <source>The number fields the groups are found from</source>
        <translation>The number fields the groups are found from</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="53"/>
        <source>Suggest (best silhouette)</source>
        <translation>Suggest (best silhouette)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="56"/>
        <source>Find groups</source>
        <translation>Find groups</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="65"/>
        <source>silhouette</source>
        <translation>silhouette</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="67"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="70"/>
        <source>Clusters (k):</source>
        <translation>Clusters (k):</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="78"/>
        <source>cluster-map</source>
        <translation>cluster-map</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="81"/>
        <source>In words (compared with all customers)</source>
        <translation>In words (compared with all customers)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="90"/>
        <source>Make a segment of these customers</source>
        <translation>Make a segment of these customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="91"/>
        <source>A segment that lists the cluster&apos;s customers as they are now</source>
        <translation>A segment that lists the cluster&apos;s customers as they are now</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="93"/>
        <source>Make a segment from a rule</source>
        <translation>Make a segment from a rule</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="94"/>
        <source>An editable rule that picks customers like this cluster&apos;s</source>
        <translation>An editable rule that picks customers like this cluster&apos;s</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="99"/>
        <source>Make a segment from this cluster:</source>
        <translation>Make a segment from this cluster:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="193"/>
        <source>Tick at least one field.</source>
        <translation>Tick at least one field.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="195"/>
        <source>No customer has a value for %1.</source>
        <translation>No customer has a value for %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="198"/>
        <source>This data has room for at most %1 clusters.</source>
        <translation>This data has room for at most %1 clusters.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="199"/>
        <source>These customers cannot be told apart by the ticked fields.</source>
        <translation>These customers cannot be told apart by the ticked fields.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="243"/>
        <source>Silhouette %1 (−1…1; higher: better separated); suggested k = %2.</source>
        <translation>Silhouette %1 (−1…1; higher: better separated); suggested k = %2.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="246"/>
        <source>%1 customers without any value are left out.</source>
        <translation>%1 customers without any value are left out.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="251"/>
        <source>%1: %2 missing, filled with the median %3.</source>
        <translation>%1: %2 missing, filled with the median %3.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="254"/>
        <source>%1: log scale (very uneven values).</source>
        <translation>%1: log scale (very uneven values).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="288"/>
        <source>Made segment “%1” listing its %2 customers.</source>
        <translation>Made segment “%1” listing its %2 customers.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="291"/>
        <source>%1 customers without a customer number or email could not be listed.</source>
        <translation>%1 customers without a customer number or email could not be listed.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="300"/>
        <source>%1 (rule)</source>
        <translation>%1 (rule)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="303"/>
        <source>Made segment “%1” with an editable rule.</source>
        <translation>Made segment “%1” with an editable rule.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="160"/>
        <source>Drag to move this condition to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</source>
        <translation>Drag to move this condition to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="165"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="168"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="176"/>
        <source>choose a value</source>
        <translation>choose a value</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="178"/>
        <source>This condition is not counted until it has a value.</source>
        <translation>This condition is not counted until it has a value.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="186"/>
        <source>Duplicate this condition</source>
        <translation>Duplicate this condition</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="190"/>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="234"/>
        <source>In another segment</source>
        <translation>In another segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="306"/>
        <source>Hidden in demo mode: turn demo mode off to see or change this value.</source>
        <translation>Hidden in demo mode: turn demo mode off to see or change this value.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="336"/>
        <source>⚠ %1 (this operator does not fit the field; kept as it is)</source>
        <translation>⚠ %1 (this operator does not fit the field; kept as it is)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="337"/>
        <source>The operator “%1” cannot be used with this field here, so the condition cannot be edited. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</source>
        <translation>The operator “%1” cannot be used with this field here, so the condition cannot be edited. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="341"/>
        <source>⚠ %1 (unknown field; kept as it is)</source>
        <translation>⚠ %1 (unknown field; kept as it is)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="342"/>
        <source>This data has no field “%1”, so the condition cannot be edited here. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</source>
        <translation>This data has no field “%1”, so the condition cannot be edited here. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="346"/>
        <source>Condition that cannot be edited</source>
        <translation>Condition that cannot be edited</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="38"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="38"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="66"/>
        <source>Demo mode is on: personal data is shown as made-up values and this customer cannot be changed. Turn demo mode off (View ▸ Demo mode) to edit.</source>
        <translation>Demo mode is on: personal data is shown as made-up values and this customer cannot be changed. Turn demo mode off (View ▸ Demo mode) to edit.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="73"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="77"/>
        <source>A tag, e.g. yoga</source>
        <translation>A tag, e.g. yoga</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="78"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="88"/>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="89"/>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="90"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>on a form</source>
        <translation>on a form</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>by email</source>
        <translation>by email</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>in the shop</source>
        <translation>in the shop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Marketing consent:</source>
        <translation>Marketing consent:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Delete customer…</source>
        <translation>Delete customer…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Notes and consent</source>
        <translation>Notes and consent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="146"/>
        <source>Consent given %1</source>
        <translation>Consent given %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="146"/>
        <source>Consent withdrawn %1</source>
        <translation>Consent withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="168"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>Delete the customer %1? They stay deleted when a newer file is imported; Edit ▸ Undo brings them back.</source>
        <translation>Delete the customer %1? They stay deleted when a newer file is imported; Edit ▸ Undo brings them back.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="185"/>
        <source>This customer has no customer number or email, so their changes could not be kept apart from the next import&apos;s.</source>
        <translation>This customer has no customer number or email, so their changes could not be kept apart from the next import&apos;s.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="133"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="133"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="31"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="42"/>
        <source>Search customers (name, email, city…)</source>
        <translation>Search customers (name, email, city…)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="44"/>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="45"/>
        <source>Only customers in the selected segment</source>
        <translation>Only customers in the selected segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="144"/>
        <source>Showing %1 of %2 customers</source>
        <translation>Showing %1 of %2 customers</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="226"/>
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/demo_badge.py" line="18"/>
        <source>DEMO · names and contacts made up</source>
        <translation>DEMO · names and contacts made up</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/demo_badge.py" line="20"/>
        <source>Demo mode is on: names, emails, phone numbers and street addresses are shown, copied and exported as made-up ones; counts and charts are the real ones, and so are birth dates, postal codes and customer numbers. View ▸ Demo mode turns it off.</source>
        <translation>Demo mode is on: names, emails, phone numbers and street addresses are shown, copied and exported as made-up ones; counts and charts are the real ones, and so are birth dates, postal codes and customer numbers. View ▸ Demo mode turns it off.</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="120"/>
        <source>Do-not-contact list</source>
        <translation>Do-not-contact list</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="123"/>
        <source>%1 addresses are on the list. Their owners are never exported again; the list keeps only a one-way hash of each.</source>
        <translation>%1 addresses are on the list. Their owners are never exported again; the list keeps only a one-way hash of each.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="125"/>
        <source>Add addresses, one per line:</source>
        <translation>Add addresses, one per line:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="128"/>
        <source>Import a file of addresses…</source>
        <translation>Import a file of addresses…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="142"/>
        <source>Import a file of addresses</source>
        <translation>Import a file of addresses</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="143"/>
        <source>Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="154"/>
        <source>%1 addresses read from column %2.</source>
        <translation>%1 addresses read from column %2.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="18"/>
        <source>Something unexpected went wrong. Your data has not been changed.</source>
        <translation>Something unexpected went wrong. Your data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="23"/>
        <source>The file has column headings but no customer rows.</source>
        <translation>The file has column headings but no customer rows.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="24"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="26"/>
        <source>This file is not a spreadsheet or a CSV file SegmentDesk can read. Save it from Excel as .xlsx or CSV and try again.</source>
        <translation>This file is not a spreadsheet or a CSV file SegmentDesk can read. Save it from Excel as .xlsx or CSV and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="30"/>
        <location filename="../../segmentdesk/ui/error_messages.py" line="38"/>
        <source>The workbook is password-protected. Remove the password in Excel and try again.</source>
        <translation>The workbook is password-protected. Remove the password in Excel and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="32"/>
        <source>The file no longer exists or cannot be opened.</source>
        <translation>The file no longer exists or cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="33"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="35"/>
        <source>The workbook is damaged or incomplete, perhaps because it was not copied or downloaded to the end. Open the original in Excel, save it again as .xlsx and try again.</source>
        <translation>The workbook is damaged or incomplete, perhaps because it was not copied or downloaded to the end. Open the original in Excel, save it again as .xlsx and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="41"/>
        <source>SegmentDesk did not open this file: it would expand to more than a hundred times its size when read, which is how files meant to freeze a computer are built.</source>
        <translation>SegmentDesk did not open this file: it would expand to more than a hundred times its size when read, which is how files meant to freeze a computer are built.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="44"/>
        <source>SegmentDesk did not open this workbook: it contains XML declarations that Excel never writes and that can be used to freeze a computer. If you trust the file, open it in Excel, save it again as .xlsx and try again.</source>
        <translation>SegmentDesk did not open this workbook: it contains XML declarations that Excel never writes and that can be used to freeze a computer. If you trust the file, open it in Excel, save it again as .xlsx and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="47"/>
        <source>SegmentDesk did not open this file: it is not built like a workbook and reading it could freeze the computer.</source>
        <translation>SegmentDesk did not open this file: it is not built like a workbook and reading it could freeze the computer.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="51"/>
        <source>The file is too large to open on this computer now: reading it needs about %1 MB of memory and %2 MB can be spared. Close other programs or split the file, and try again.</source>
        <translation>The file is too large to open on this computer now: reading it needs about %1 MB of memory and %2 MB can be spared. Close other programs or split the file, and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="56"/>
        <source>The sheet %1 has something in cell %2, far from the rest of the data, so it is too large to open. Delete the stray cells in Excel (Ctrl+End finds the last one), save and try again.</source>
        <translation>The sheet %1 has something in cell %2, far from the rest of the data, so it is too large to open. Delete the stray cells in Excel (Ctrl+End finds the last one), save and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="61"/>
        <source>The file has %1 columns, more than a spreadsheet can hold. Check that it is a customer list.</source>
        <translation>The file has %1 columns, more than a spreadsheet can hold. Check that it is a customer list.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="63"/>
        <source>The workbook is too large: it expands to more than %1 MB when read. Split it into smaller files and try again.</source>
        <translation>The workbook is too large: it expands to more than %1 MB when read. Split it into smaller files and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="68"/>
        <source>Line %1 of the file opens a quotation mark that is never closed, so the rows after it cannot be read. Correct that line and try again.</source>
        <translation>Line %1 of the file opens a quotation mark that is never closed, so the rows after it cannot be read. Correct that line and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="71"/>
        <source>Line %1 of the file holds a cell far too long for customer data, most often because a quotation mark is not closed. Correct that line and try again.</source>
        <translation>Line %1 of the file holds a cell far too long for customer data, most often because a quotation mark is not closed. Correct that line and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="75"/>
        <source>The workbook has no sheet named %1.</source>
        <translation>The workbook has no sheet named %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="78"/>
        <source>The customer data has no email column, so SegmentDesk cannot make a mailing list. Re-import the file and set a column to the role ‘Email’.</source>
        <translation>The customer data has no email column, so SegmentDesk cannot make a mailing list. Re-import the file and set a column to the role ‘Email’.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="81"/>
        <source>The file cannot be written. Is it open in Excel? Close it and try again.</source>
        <translation>The file cannot be written. Is it open in Excel? Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="83"/>
        <source>Choose at least one segment to export.</source>
        <translation>Choose at least one segment to export.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="84"/>
        <source>The export could not be written.</source>
        <translation>The export could not be written.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="86"/>
        <source>The project is open in SegmentDesk on %1 by %2. Close it there and try again.</source>
        <translation>The project is open in SegmentDesk on %1 by %2. Close it there and try again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="89"/>
        <source>The backup could not be made or opened.</source>
        <translation>The backup could not be made or opened.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="93"/>
        <source>This project was saved by a newer version of SegmentDesk. Update SegmentDesk to open it; the file has not been changed.</source>
        <translation>This project was saved by a newer version of SegmentDesk. Update SegmentDesk to open it; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="96"/>
        <source>This file is not a SegmentDesk project.</source>
        <translation>This file is not a SegmentDesk project.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="98"/>
        <source>The project file is damaged and cannot be opened. It has not been changed; open its latest backup instead.</source>
        <translation>The project file is damaged and cannot be opened. It has not been changed; open its latest backup instead.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="101"/>
        <source>The project file or its folder is read-only, so changes cannot be saved there. Use Save As to save a copy somewhere else.</source>
        <translation>The project file or its folder is read-only, so changes cannot be saved there. Use Save As to save a copy somewhere else.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="104"/>
        <source>Another program is writing to the project just now. Try again in a moment.</source>
        <translation>Another program is writing to the project just now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="106"/>
        <source>The project file no longer exists.</source>
        <translation>The project file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="107"/>
        <source>The project file cannot be opened or saved.</source>
        <translation>The project file cannot be opened or saved.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="109"/>
        <source>These segments refer to each other in a circle: %1</source>
        <translation>These segments refer to each other in a circle: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="112"/>
        <source>The rule refers to the segment “%1”, which no longer exists.</source>
        <translation>The rule refers to the segment “%1”, which no longer exists.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="117"/>
        <source>This data has no field “%1”. Remove the condition, or import a file that has that column.</source>
        <translation>This data has no field “%1”. Remove the condition, or import a file that has that column.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="120"/>
        <source>The field “%1” is not written the way SegmentDesk reads it: a period like “90 days” or a product category after the colon.</source>
        <translation>The field “%1” is not written the way SegmentDesk reads it: a period like “90 days” or a product category after the colon.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="123"/>
        <source>The field “%1” needs orders with dates, amounts and product categories, and this data has none.</source>
        <translation>The field “%1” needs orders with dates, amounts and product categories, and this data has none.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="126"/>
        <source>The comparison “%1” does not fit the field “%2”.</source>
        <translation>The comparison “%1” does not fit the field “%2”.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="128"/>
        <source>The segment’s rule cannot be used with this data.</source>
        <translation>The segment’s rule cannot be used with this data.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="132"/>
        <source>The customers have no customer number or email column, so a customer cannot be told apart from one import to the next.</source>
        <translation>The customers have no customer number or email column, so a customer cannot be told apart from one import to the next.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="135"/>
        <source>The customers have no field “%1”.</source>
        <translation>The customers have no field “%1”.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="138"/>
        <source>a date such as %1</source>
        <translation>a date such as %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="140"/>
        <source>a number such as %1</source>
        <translation>a number such as %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="141"/>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="142"/>
        <source>“%1” is not a value the field “%2” can hold.</source>
        <translation>“%1” is not a value the field “%2” can hold.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="144"/>
        <source>Write %1.</source>
        <translation>Write %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="146"/>
        <source>A new customer needs a value in the field “%1”, which tells customers apart.</source>
        <translation>A new customer needs a value in the field “%1”, which tells customers apart.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="149"/>
        <source>A customer with %1 exists already.</source>
        <translation>A customer with %1 exists already.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="152"/>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="156"/>
        <source>The survey file has no column of email addresses, so its answers cannot be matched to customers. Export the responses with the respondents&apos; email.</source>
        <translation>The survey file has no column of email addresses, so its answers cannot be matched to customers. Export the responses with the respondents&apos; email.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="159"/>
        <source>The customers have no email column, so survey answers cannot be matched to them.</source>
        <translation>The customers have no email column, so survey answers cannot be matched to them.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="51"/>
        <source>Export mailing lists</source>
        <translation>Export mailing lists</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="95"/>
        <source>Only customers who gave marketing consent</source>
        <translation>Only customers who gave marketing consent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="96"/>
        <source>Also existing customers without an answer (existing-customer exception)</source>
        <translation>Also existing customers without an answer (existing-customer exception)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="98"/>
        <source>Also customers without an answer (service messages only)</source>
        <translation>Also customers without an answer (service messages only)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="107"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="107"/>
        <source>CSV for Excel in Finland (semicolons)</source>
        <translation>CSV for Excel in Finland (semicolons)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="108"/>
        <source>CSV, UTF-8 with commas (other programs)</source>
        <translation>CSV, UTF-8 with commas (other programs)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="111"/>
        <source>Meta Custom Audience (Facebook, Instagram)</source>
        <translation>Meta Custom Audience (Facebook, Instagram)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="112"/>
        <source>Google Ads Customer Match</source>
        <translation>Google Ads Customer Match</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="115"/>
        <source>One workbook per segment</source>
        <translation>One workbook per segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="120"/>
        <source>Hash emails, phones and names here (SHA-256) before they leave this computer</source>
        <translation>Hash emails, phones and names here (SHA-256) before they leave this computer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="153"/>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="239"/>
        <source>Customers who said no, addresses on the do-not-contact list, invalid and repeated addresses are always left out.</source>
        <translation>Customers who said no, addresses on the do-not-contact list, invalid and repeated addresses are always left out.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="241"/>
        <source>Finnish law allows email marketing of similar products to existing customers who were offered a way to refuse and did not; every message must offer an easy opt-out. The choice is written to the project&apos;s log with the date, the segments and how many it added.</source>
        <translation>Finnish law allows email marketing of similar products to existing customers who were offered a way to refuse and did not; every message must offer an easy opt-out. The choice is written to the project&apos;s log with the date, the segments and how many it added.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="245"/>
        <source>Only for messages that need no consent, such as service messages. The choice is written to the project&apos;s log. Customers who said no are still left out.</source>
        <translation>Only for messages that need no consent, such as service messages. The choice is written to the project&apos;s log. Customers who said no are still left out.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="258"/>
        <source>Segments (one workbook each)</source>
        <translation>Segments (one workbook each)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="259"/>
        <source>Segments (one sheet each)</source>
        <translation>Segments (one sheet each)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="275"/>
        <source>Headings in your language; dates, amounts and codes kept as Excel shows them.</source>
        <translation>Headings in your language; dates, amounts and codes kept as Excel shows them.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="276"/>
        <source>One file per segment in this folder. Codes with leading zeros (postal code 00100) are written as they are, but Excel shows them without the zeros: use the Excel workbook when you need them shown.</source>
        <translation>One file per segment in this folder. Codes with leading zeros (postal code 00100) are written as they are, but Excel shows them without the zeros: use the Excel workbook when you need them shown.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="279"/>
        <source>Only the columns Meta matches people by, in its format. Upload the files in Ads Manager as a customer list.</source>
        <translation>Only the columns Meta matches people by, in its format. Upload the files in Ads Manager as a customer list.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="281"/>
        <source>Only the columns Google Ads matches people by, in its format. Upload the files as a Customer Match list.</source>
        <translation>Only the columns Google Ads matches people by, in its format. Upload the files as a Customer Match list.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="286"/>
        <source>One file per segment in this folder, with the column names the tool expects: import each into its own list.</source>
        <translation>One file per segment in this folder, with the column names the tool expects: import each into its own list.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="91"/>
        <source>Columns (contact details only by default: send no more than needed)</source>
        <translation>Columns (contact details only by default: send no more than needed)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="101"/>
        <source>This data has no email column, so the workbook cannot be a mailing list; it will hold the columns you choose.</source>
        <translation>This data has no email column, so the workbook cannot be a mailing list; it will hold the columns you choose.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="151"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="263"/>
        <source>Segments (one file each)</source>
        <translation>Segments (one file each)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="267"/>
        <source>Save into folder:</source>
        <translation>Save into folder:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="273"/>
        <source>segments.xlsx</source>
        <translation>segments.xlsx</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="272"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="117"/>
        <source>One file for the whole audience: each person once, the segments they are in as tags</source>
        <translation>One file for the whole audience: each person once, the segments they are in as tags</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="124"/>
        <source>Demo mode is on: names, emails, phone numbers and street addresses are written as made-up ones (the same person, the same made-up one); who is written and the counts are the real ones.</source>
        <translation>Demo mode is on: names, emails, phone numbers and street addresses are written as made-up ones (the same person, the same made-up one); who is written and the counts are the real ones.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="261"/>
        <source>Segments (tags in one file)</source>
        <translation>Segments (tags in one file)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="268"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="274"/>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="284"/>
        <source>One file for your Mailchimp audience: each person once, the segments they are in as tags. Import it once; Mailchimp makes the tags.</source>
        <translation>One file for your Mailchimp audience: each person once, the segments they are in as tags. Import it once; Mailchimp makes the tags.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="296"/>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="301"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="302"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="303"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="327"/>
        <source>%1 · empty: nothing to export</source>
        <translation>%1 · empty: nothing to export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="331"/>
        <source>%1 · %2 customers, %3 reachable by email</source>
        <translation>%1 · %2 customers, %3 reachable by email</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="338"/>
        <source>Tick the segments to export: click a row.</source>
        <translation>Tick the segments to export: click a row.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="341"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="344"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="358"/>
        <source>Will write %1 people, each once.</source>
        <translation>Will write %1 people, each once.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="359"/>
        <source>Will write %1 rows.</source>
        <translation>Will write %1 rows.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="365"/>
        <source>%1 of the rows without consent on record.</source>
        <translation>%1 of the rows without consent on record.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="377"/>
        <source>Preview: tick a segment to see its first rows as they will be written.</source>
        <translation>Preview: tick a segment to see its first rows as they will be written.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="388"/>
        <source>Preview of the combined file as it will be written:</source>
        <translation>Preview of the combined file as it will be written:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="392"/>
        <source>Preview of “%1” as it will be written:</source>
        <translation>Preview of “%1” as it will be written:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="410"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="413"/>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="410"/>
        <source>Tick at least one segment.</source>
        <translation>Tick at least one segment.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="413"/>
        <source>Tick at least one column.</source>
        <translation>Tick at least one column.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="454"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="45"/>
        <source>Try the sample shop</source>
        <translation>Try the sample shop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="48"/>
        <source>Import your customers</source>
        <translation>Import your customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="49"/>
        <source>Start with your customer file from the webshop, Excel or CSV, and your order file if you have one. Nothing leaves this computer. Not ready yet? Look around in the sample shop.</source>
        <translation>Start with your customer file from the webshop, Excel or CSV, and your order file if you have one. Nothing leaves this computer. Not ready yet? Look around in the sample shop.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="56"/>
        <source>Build a segment</source>
        <translation>Build a segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="57"/>
        <source>A segment is a name and a few conditions, such as “bought in the last year” and “lives in Uusimaa”. Start from a template (Segment ▸ New from template…) or add conditions here.</source>
        <translation>A segment is a name and a few conditions, such as “bought in the last year” and “lives in Uusimaa”. Start from a template (Segment ▸ New from template…) or add conditions here.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="62"/>
        <source>Read the count</source>
        <translation>Read the count</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="63"/>
        <source>The count follows every click: how many customers match, their share of all customers and of revenue. “Count as of” sets the day that dates and ages are measured on.</source>
        <translation>The count follows every click: how many customers match, their share of all customers and of revenue. “Count as of” sets the day that dates and ages are measured on.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="68"/>
        <source>Check consent</source>
        <translation>Check consent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="69"/>
        <source>Only customers with marketing consent and a valid email address are reachable: the line under the count says how many. The do-not-contact list is never exported.</source>
        <translation>Only customers with marketing consent and a valid email address are reachable: the line under the count says how many. The do-not-contact list is never exported.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="74"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="75"/>
        <source>Export writes your segments to an Excel workbook or a file for your email service, with only the customers you may contact. Help ▸ Show me around brings this tour back.</source>
        <translation>Export writes your segments to an Excel workbook or a file for your email service, with only the customers you may contact. Help ▸ Show me around brings this tour back.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="117"/>
        <source>not all</source>
        <translation>not all</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="119"/>
        <source>How conditions combine</source>
        <translation>How conditions combine</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="120"/>
        <source>+ Add condition</source>
        <translation>+ Add condition</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="121"/>
        <source>+ Add group</source>
        <translation>+ Add group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="122"/>
        <source>A group of conditions with its own all / any</source>
        <translation>A group of conditions with its own all / any</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="126"/>
        <source>Drag to move this group to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</source>
        <translation>Drag to move this group to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="130"/>
        <source>Customers who match</source>
        <translation>Customers who match</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="130"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="132"/>
        <source>of these conditions:</source>
        <translation>of these conditions:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="132"/>
        <source>of these:</source>
        <translation>of these:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="138"/>
        <source>Duplicate this group</source>
        <translation>Duplicate this group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="144"/>
        <source>Remove this group</source>
        <translation>Remove this group</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="71"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="72"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="74"/>
        <source>segments-over-time</source>
        <translation>segments-over-time</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="76"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="86"/>
        <source>Who moved between</source>
        <translation>Who moved between</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="88"/>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="100"/>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="250"/>
        <source>Click a number to see the customers behind it.</source>
        <translation>Click a number to see the customers behind it.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="103"/>
        <source>Make a segment of them</source>
        <translation>Make a segment of them</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="140"/>
        <source>The history starts when the project is saved: each import into it then records every segment&apos;s size and members, so next month&apos;s import shows how the segments changed.</source>
        <translation>The history starts when the project is saved: each import into it then records every segment&apos;s size and members, so next month&apos;s import shows how the segments changed.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="160"/>
        <source>No snapshots yet: the next import into this project records the first.</source>
        <translation>No snapshots yet: the next import into this project records the first.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="170"/>
        <source>%1 (snapshot %2)</source>
        <translation>%1 (snapshot %2)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="195"/>
        <source>Choose two different snapshots to see who moved.</source>
        <translation>Choose two different snapshots to see who moved.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="206"/>
        <source>Nobody moved between segments.</source>
        <translation>Nobody moved between segments.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="216"/>
        <source>Rows: where the customers were on %1. Columns: where they were on %2. A customer in two segments is counted in each, so a segment&apos;s row adds up to its size on %1 and its column to its size on %2. “In another segment”: left or joined the segment while in another one.</source>
        <translation>Rows: where the customers were on %1. Columns: where they were on %2. A customer in two segments is counted in each, so a segment&apos;s row adds up to its size on %1 and its column to its size on %2. “In another segment”: left or joined the segment while in another one.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="220"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="255"/>
        <source>%1 customers: from %2 to %3</source>
        <translation>%1 customers: from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="259"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="301"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="18"/>
        <source>Trim spaces around names and other text</source>
        <translation>Trim spaces around names and other text</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="19"/>
        <source>Write email addresses in lower case</source>
        <translation>Write email addresses in lower case</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="20"/>
        <source>Merge duplicate customers into one</source>
        <translation>Merge duplicate customers into one</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="21"/>
        <source>Leave out orders whose customer is not in the customer file</source>
        <translation>Leave out orders whose customer is not in the customer file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="156"/>
        <source>%1 duplicate rows, merged into %2</source>
        <translation>%1 duplicate rows, merged into %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="26"/>
        <source>Rows are the same customer when they share an email address (ignoring case and spaces) or the same first name, last name and phone number. The merged customer keeps the first row&apos;s place and customer number; for every other column the newest value wins (the row nearest the end of the file that has one), and an empty cell never replaces a filled one. If any of the rows says no to marketing, the merged customer says no. Their orders move to the merged customer.</source>
        <translation>Rows are the same customer when they share an email address (ignoring case and spaces) or the same first name, last name and phone number. The merged customer keeps the first row&apos;s place and customer number; for every other column the newest value wins (the row nearest the end of the file that has one), and an empty cell never replaces a filled one. If any of the rows says no to marketing, the merged customer says no. Their orders move to the merged customer.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="47"/>
        <source>Data-quality findings</source>
        <translation>Data-quality findings</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="51"/>
        <source>Fixes (optional; nothing changes in your file)</source>
        <translation>Fixes (optional; nothing changes in your file)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="60"/>
        <source>No fixes needed.</source>
        <translation>No fixes needed.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="70"/>
        <source>After the fix</source>
        <translation>After the fix</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="83"/>
        <source>Rows behind the chosen finding</source>
        <translation>Rows behind the chosen finding</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="101"/>
        <source>Checking the data…</source>
        <translation>Checking the data…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="120"/>
        <source>%1 customers are ready to import.</source>
        <translation>%1 customers are ready to import.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="121"/>
        <source>The data looks clean.</source>
        <translation>The data looks clean.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="122"/>
        <source>Findings are listed on the left, with the rows behind each; the fixes on the right are optional.</source>
        <translation>Findings are listed on the left, with the rows behind each; the fixes on the right are optional.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="146"/>
        <source>nothing left to change</source>
        <translation>nothing left to change</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="172"/>
        <source>Same email, or same name and phone, is one customer; the newest value wins, and a “no” to marketing always wins (hover for the whole rule).</source>
        <translation>Same email, or same name and phone, is one customer; the newest value wins, and a “no” to marketing always wins (hover for the whole rule).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="175"/>
        <source>Examples of “%1”:</source>
        <translation>Examples of “%1”:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="180"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="181"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="185"/>
        <source>(left out)</source>
        <translation>(left out)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="160"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="159"/>
        <source>%n order row(s)</source>
        <translation>
            <numerusform>%n order row</numerusform>
            <numerusform>%n order rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="40"/>
        <source>Customer and order files (%1)</source>
        <translation>Customer and order files (%1)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="68"/>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="82"/>
        <source>Choose order file…</source>
        <translation>Choose order file…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="87"/>
        <source>Customer file</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="88"/>
        <source>Order file (optional)</source>
        <translation>Order file (optional)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="90"/>
        <source>SegmentDesk guessed what each column means. Check the guesses and correct any that are wrong; columns left as custom fields can still be used in segments.</source>
        <translation>SegmentDesk guessed what each column means. Check the guesses and correct any that are wrong; columns left as custom fields can still be used in segments.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="96"/>
        <source>Customer columns</source>
        <translation>Customer columns</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="97"/>
        <source>Order columns</source>
        <translation>Order columns</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="117"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="185"/>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="219"/>
        <source>Cannot read the order file</source>
        <translation>Cannot read the order file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="200"/>
        <source>Choose the order file</source>
        <translation>Choose the order file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="214"/>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>1 Files</source>
        <translation>1 Files</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>2 Columns</source>
        <translation>2 Columns</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>3 Check and fix</source>
        <translation>3 Check and fix</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="287"/>
        <source>Checking %1 rows: reading dates and numbers as the columns say, looking for duplicate customers, invalid emails and orders without a customer…</source>
        <translation>Checking %1 rows: reading dates and numbers as the columns say, looking for duplicate customers, invalid emails and orders without a customer…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="353"/>
        <source>Importing: typing every column, linking orders to their customers and counting each customer&apos;s orders and spend…</source>
        <translation>Importing: typing every column, linking orders to their customers and counting each customer&apos;s orders and spend…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="368"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>ImportSourcePanel</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="60"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="61"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="69"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="71"/>
        <source>Character encoding</source>
        <translation>Character encoding</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="72"/>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="77"/>
        <source>found automatically</source>
        <translation>found automatically</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="76"/>
        <source>Column separator</source>
        <translation>Column separator</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>semicolon ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>comma ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="79"/>
        <source>vertical bar ( | )</source>
        <translation>vertical bar ( | )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="84"/>
        <source>Row of the column headings</source>
        <translation>Row of the column headings</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="85"/>
        <source>The row that holds the column headings; rows above it (titles, blank rows) are skipped.</source>
        <translation>The row that holds the column headings; rows above it (titles, blank rows) are skipped.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="92"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="93"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="94"/>
        <source>Character encoding:</source>
        <translation>Character encoding:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="95"/>
        <source>Column separator:</source>
        <translation>Column separator:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="96"/>
        <source>Headings on row:</source>
        <translation>Headings on row:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="101"/>
        <source>Preview of the first rows as they will be read</source>
        <translation>Preview of the first rows as they will be read</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="104"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="110"/>
        <source>The first rows as they will be read:</source>
        <translation>The first rows as they will be read:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="198"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="225"/>
        <source>%1 rows, %2 columns</source>
        <translation>%1 rows, %2 columns</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="228"/>
        <source>mixed character encodings: mostly UTF-8, some lines saved by older Windows programs; both read correctly</source>
        <translation>mixed character encodings: mostly UTF-8, some lines saved by older Windows programs; both read correctly</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="244"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="244"/>
        <source>Unicode, Excel&apos;s “CSV UTF-8”</source>
        <translation>Unicode, Excel&apos;s “CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="245"/>
        <source>Windows, Finnish/Western Excel</source>
        <translation>Windows, Finnish/Western Excel</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="245"/>
        <source>Latin-9, older systems</source>
        <translation>Latin-9, older systems</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="246"/>
        <source>Unicode text, Excel&apos;s “Unicode text”</source>
        <translation>Unicode text, Excel&apos;s “Unicode text”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="231"/>
        <source>customer export</source>
        <translation>customer export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="231"/>
        <source>order export</source>
        <translation>order export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="232"/>
        <source>recognised as a %1 %2: columns mapped for you</source>
        <translation>recognised as a %1 %2: columns mapped for you</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="236"/>
        <source>%1 rows have a different number of cells than the heading (lines %2); check them after importing.</source>
        <translation>%1 rows have a different number of cells than the heading (lines %2); check them after importing.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="69"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="75"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="85"/>
        <source>2,000 made-up customers of a small Finnish shop, to try things out</source>
        <translation>2,000 made-up customers of a small Finnish shop, to try things out</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="94"/>
        <source>Open a project or a customer file (Ctrl+O)</source>
        <translation>Open a project or a customer file (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="95"/>
        <source>Import a customer file and an order file (Ctrl+I)</source>
        <translation>Import a customer file and an order file (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="97"/>
        <source>Export segments to an Excel workbook (Ctrl+E)</source>
        <translation>Export segments to an Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="83"/>
        <source>Open the sample s&amp;hop</source>
        <translation>Open the sample s&amp;hop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="77"/>
        <source>&amp;Client report…</source>
        <translation>&amp;Client report…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="79"/>
        <source>A PDF of the segments, their profiles, RFM, clusters and history for a client: totals and shares only</source>
        <translation>A PDF of the segments, their profiles, RFM, clusters and history for a client: totals and shares only</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="87"/>
        <source>Open the &amp;B2B sample shop</source>
        <translation>Open the &amp;B2B sample shop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="89"/>
        <source>400 made-up business customers of a Finnish wholesaler: industries, company sizes, contact persons and invoices</source>
        <translation>400 made-up business customers of a Finnish wholesaler: industries, company sizes, contact persons and invoices</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="99"/>
        <source>&amp;Demo mode</source>
        <translation>&amp;Demo mode</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="102"/>
        <source>Show made-up names, emails, phone numbers and street addresses on screen, on the clipboard and in exports; counts stay true (Ctrl+Shift+D)</source>
        <translation>Show made-up names, emails, phone numbers and street addresses on screen, on the clipboard and in exports; counts stay true (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="112"/>
        <source>Add s&amp;urvey answers…</source>
        <translation>Add s&amp;urvey answers…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="114"/>
        <source>Join a Typeform, Google Forms or Microsoft Forms response file to the customers by email</source>
        <translation>Join a Typeform, Google Forms or Microsoft Forms response file to the customers by email</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="119"/>
        <source>&amp;Data quality…</source>
        <translation>&amp;Data quality…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="140"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="144"/>
        <source>&amp;Import segment file…</source>
        <translation>&amp;Import segment file…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="146"/>
        <source>E&amp;xport segment file…</source>
        <translation>E&amp;xport segment file…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="155"/>
        <source>&amp;Overlap between segments…</source>
        <translation>&amp;Overlap between segments…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="159"/>
        <source>Add &amp;condition</source>
        <translation>Add &amp;condition</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="162"/>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="163"/>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="167"/>
        <source>&amp;Erase person…</source>
        <translation>&amp;Erase person…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="169"/>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>E&amp;xport person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="171"/>
        <source>&amp;Do-not-contact list…</source>
        <translation>&amp;Do-not-contact list…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="178"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="180"/>
        <source>Show the segments one at a time on the whole screen, in large type (F11)</source>
        <translation>Show the segments one at a time on the whole screen, in large type (F11)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="184"/>
        <source>S&amp;mallest useful segment…</source>
        <translation>S&amp;mallest useful segment…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="190"/>
        <source>System &amp;default</source>
        <translation>System &amp;default</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="203"/>
        <source>Show &amp;me around</source>
        <translation>Show &amp;me around</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="253"/>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="254"/>
        <source>Making up names for the customers…</source>
        <translation>Making up names for the customers…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="186"/>
        <source>&amp;Backups and autosave…</source>
        <translation>&amp;Backups and autosave…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="149"/>
        <source>New from &amp;template…</source>
        <translation>New from &amp;template…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="151"/>
        <source>Ready-made segments grouped by goal, each with its count on your data</source>
        <translation>Ready-made segments grouped by goal, each with its count on your data</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="188"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="199"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="201"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="204"/>
        <source>A short tour of the window: import, build, read the count, check consent, export</source>
        <translation>A short tour of the window: import, build, read the count, check consent, export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="208"/>
        <source>&amp;About SegmentDesk</source>
        <translation>&amp;About SegmentDesk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="210"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="121"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="123"/>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="130"/>
        <source>No data yet: File ▸ Import customers… (Ctrl+I)</source>
        <translation>No data yet: File ▸ Import customers… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="134"/>
        <source>%1 customers · %2 orders · dates measured on %3</source>
        <translation>%1 customers · %2 orders · dates measured on %3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="74"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="75"/>
        <source>SegmentDesk projects and customer files (%1)</source>
        <translation>SegmentDesk projects and customer files (%1)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="95"/>
        <source>%1 is being changed by a command-line run; it opens when the run has finished…</source>
        <translation>%1 is being changed by a command-line run; it opens when the run has finished…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="117"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="176"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="118"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="127"/>
        <location filename="../../segmentdesk/ui/project_guard.py" line="140"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="138"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="142"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="362"/>
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="177"/>
        <source>Opening the sample shop…</source>
        <translation>Opening the sample shop…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="180"/>
        <source>Cannot open the sample shop</source>
        <translation>Cannot open the sample shop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="200"/>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="209"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="223"/>
        <source>Demo mode is on</source>
        <translation>Demo mode is on</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="210"/>
        <source>Importing shows the file&apos;s own rows, names and addresses included. Turn demo mode off (View ▸ Demo mode) to import.</source>
        <translation>Importing shows the file&apos;s own rows, names and addresses included. Turn demo mode off (View ▸ Demo mode) to import.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="217"/>
        <source>Update or replace?</source>
        <translation>Update or replace?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="218"/>
        <source>The project already has %1 customers. Is this file a newer export of the same list?

Yes: update them — customers are matched by customer number or email, new ones are added and missing ones kept and flagged.
No: replace them with the file&apos;s customers.</source>
        <translation>The project already has %1 customers. Is this file a newer export of the same list?

Yes: update them — customers are matched by customer number or email, new ones are added and missing ones kept and flagged.
No: replace them with the file&apos;s customers.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="235"/>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="264"/>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="266"/>
        <source>%1 unsubscribed or bounced addresses on the do-not-contact list</source>
        <translation>%1 unsubscribed or bounced addresses on the do-not-contact list</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="271"/>
        <source>%1 data-quality notes: File ▸ Data quality…</source>
        <translation>%1 data-quality notes: File ▸ Data quality…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="277"/>
        <source>Customers updated</source>
        <translation>Customers updated</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="278"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 missing from the new file. The missing ones are kept and marked in the field “%5”, so a segment can find them.</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 missing from the new file. The missing ones are kept and marked in the field “%5”, so a segment can find them.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="286"/>
        <source>Customers replaced</source>
        <translation>Customers replaced</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="287"/>
        <source>The new file and the project share no customer number or email column, so the customers could not be matched; the project now holds the new file&apos;s customers.</source>
        <translation>The new file and the project share no customer number or email column, so the customers could not be matched; the project now holds the new file&apos;s customers.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="299"/>
        <source>customers.segdesk</source>
        <translation>customers.segdesk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="301"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="303"/>
        <source>SegmentDesk project (*.segdesk)</source>
        <translation>SegmentDesk project (*.segdesk)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="44"/>
        <source>%1 is open in SegmentDesk %2. Save the project under another name.</source>
        <translation>%1 is open in SegmentDesk %2. Save the project under another name.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="339"/>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="340"/>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="317"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="350"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="237"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="347"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="358"/>
        <source>Autosaved %1</source>
        <translation>Autosaved %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="359"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="239"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="371"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="372"/>
        <source>Save the changes to this project first?</source>
        <translation>Save the changes to this project first?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="202"/>
        <source>Import segment files</source>
        <translation>Import segment files</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="203"/>
        <source>Segment files (*.segment.json *.json)</source>
        <translation>Segment files (*.segment.json *.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="210"/>
        <source>Cannot use this segment file</source>
        <translation>Cannot use this segment file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="224"/>
        <source>This segment&apos;s rule names customers (their emails, names or addresses), and a segment file would hand them over. Turn demo mode off (View ▸ Demo mode) to export it.</source>
        <translation>This segment&apos;s rule names customers (their emails, names or addresses), and a segment file would hand them over. Turn demo mode off (View ▸ Demo mode) to export it.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="228"/>
        <source>Export segment file</source>
        <translation>Export segment file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="229"/>
        <source>Segment files (*.segment.json)</source>
        <translation>Segment files (*.segment.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="252"/>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="253"/>
        <source>Delete the segment “%1”?</source>
        <translation>Delete the segment “%1”?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="260"/>
        <source>Smallest useful segment</source>
        <translation>Smallest useful segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="261"/>
        <source>Warn when a segment has fewer reachable customers than:</source>
        <translation>Warn when a segment has fewer reachable customers than:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="303"/>
        <source>This language is already in use.</source>
        <translation>This language is already in use.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="306"/>
        <source>The new language is used once SegmentDesk starts again. Restart now? You are asked to save your changes first; the project opens again.</source>
        <translation>The new language is used once SegmentDesk starts again. Restart now? You are asked to save your changes first; the project opens again.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="314"/>
        <source>SegmentDesk could not be started again; start it yourself to use the new language.</source>
        <translation>SegmentDesk could not be started again; start it yourself to use the new language.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="361"/>
        <source>About SegmentDesk</source>
        <translation>About SegmentDesk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="368"/>
        <source>Built %1 from commit %2.</source>
        <translation>Built %1 from commit %2.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="371"/>
        <source>Run from the source code, not a built bundle.</source>
        <translation>Run from the source code, not a built bundle.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="373"/>
        <source>SegmentDesk %1
Customer segmentation for small shops. Your data never leaves this computer.

Postal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).</source>
        <translation>SegmentDesk %1
Customer segmentation for small shops. Your data never leaves this computer.

Postal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="38"/>
        <source>The folder of %1 cannot be written. Save the project somewhere else.</source>
        <translation>The folder of %1 cannot be written. Save the project somewhere else.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="41"/>
        <source>%1 is being changed by a command-line run %2. Try again when it has finished, or save under another name.</source>
        <translation>%1 is being changed by a command-line run %2. Try again when it has finished, or save under another name.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="51"/>
        <source>by someone whose lock file SegmentDesk cannot read</source>
        <translation>by someone whose lock file SegmentDesk cannot read</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="53"/>
        <source>on %1 by %2 since %3</source>
        <translation>on %1 by %2 since %3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="141"/>
        <source>SegmentDesk has a backup of this project from %1. Open the latest backup? The damaged file is kept beside it.</source>
        <translation>SegmentDesk has a backup of this project from %1. Open the latest backup? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="150"/>
        <source>Cannot open the backup</source>
        <translation>Cannot open the backup</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="154"/>
        <source>Backup opened</source>
        <translation>Backup opened</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="155"/>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="162"/>
        <location filename="../../segmentdesk/ui/project_guard.py" line="167"/>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="163"/>
        <source>The folder of %1 cannot be written, so the project opens read-only: keep your own copy with File ▸ Save As.</source>
        <translation>The folder of %1 cannot be written, so the project opens read-only: keep your own copy with File ▸ Save As.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="168"/>
        <source>%1 is open in SegmentDesk %2.

It opens read-only, so that neither of you loses changes: you can look and export, and keep your own copy with File ▸ Save As.</source>
        <translation>%1 is open in SegmentDesk %2.

It opens read-only, so that neither of you loses changes: you can look and export, and keep your own copy with File ▸ Save As.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="178"/>
        <source>⚠ In a %1 folder: open it on one computer at a time</source>
        <translation>⚠ In a %1 folder: open it on one computer at a time</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="179"/>
        <source>This project lies in a folder %1 copies between computers. If it is opened on two computers at once, both may write to it and one computer&apos;s changes can be lost or the file damaged: SegmentDesk&apos;s lock cannot see the other computer until %1 has synced. Open it on one computer at a time, or keep it in a folder that is not synced.</source>
        <translation>This project lies in a folder %1 copies between computers. If it is opened on two computers at once, both may write to it and one computer&apos;s changes can be lost or the file damaged: SegmentDesk&apos;s lock cannot see the other computer until %1 has synced. Open it on one computer at a time, or keep it in a folder that is not synced.</translation>
    </message>
</context>
<context>
    <name>OverlapDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="68"/>
        <source>Overlap between segments</source>
        <translation>Overlap between segments</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="75"/>
        <source>Segment (in priority order)</source>
        <translation>Segment (in priority order)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="75"/>
        <source>On its own</source>
        <translation>On its own</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="76"/>
        <source>One mailing each</source>
        <translation>One mailing each</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="144"/>
        <source>In no segment</source>
        <translation>In no segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="85"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="86"/>
        <source>One mailing per customer</source>
        <translation>One mailing per customer</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="90"/>
        <source>Each cell: customers in the row&apos;s segment who are also in the column&apos;s segment, and their share of the row. “One mailing each” gives every customer to the first segment in the list that matches; reorder the list to change priorities.</source>
        <translation>Each cell: customers in the row&apos;s segment who are also in the column&apos;s segment, and their share of the row. “One mailing each” gives every customer to the first segment in the list that matches; reorder the list to change priorities.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="52"/>
        <source>Open a project or import customers to see the overview.</source>
        <translation>Open a project or import customers to see the overview.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="54"/>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="55"/>
        <source>have bought</source>
        <translation>have bought</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="56"/>
        <source>revenue, all orders</source>
        <translation>revenue, all orders</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="57"/>
        <source>average order</source>
        <translation>average order</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="58"/>
        <source>can be emailed</source>
        <translation>can be emailed</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="63"/>
        <source>revenue-by-month</source>
        <translation>revenue-by-month</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="64"/>
        <source>segment-sizes</source>
        <translation>segment-sizes</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="65"/>
        <source>rfm-groups</source>
        <translation>rfm-groups</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="98"/>
        <source>%1 of the customers</source>
        <translation>%1 of the customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="100"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="103"/>
        <source>%1 of the customers have a valid email address and marketing consent</source>
        <translation>%1 of the customers have a valid email address and marketing consent</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="197"/>
        <source>Length of the period</source>
        <translation>Length of the period</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="198"/>
        <source>Unit of the period</source>
        <translation>Unit of the period</translation>
    </message>
</context>
<context>
    <name>PeriodParameterEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="54"/>
        <source>in the last %1</source>
        <translation>in the last %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="57"/>
        <source>Length of the period</source>
        <translation>Length of the period</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="58"/>
        <source>Unit of the period</source>
        <translation>Unit of the period</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="66"/>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="150"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="90"/>
        <source>→ Space: next   ← : back   Esc: leave</source>
        <translation>→ Space: next   ← : back   Esc: leave</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="140"/>
        <source>Preparing this slide…</source>
        <translation>Preparing this slide…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="191"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PrivacyFlows</name>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="33"/>
        <source>Save first</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="34"/>
        <source>Save the project first: this works on the saved project file.</source>
        <translation>Save the project first: this works on the saved project file.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="40"/>
        <source>Email address or customer number:</source>
        <translation>Email address or customer number:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="49"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="53"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="60"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="72"/>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="54"/>
        <source>Erase %1 for good from this project, its snapshots, its log and all its backups? Their address goes on the do-not-contact list. This cannot be undone.</source>
        <translation>Erase %1 for good from this project, its snapshots, its log and all its backups? Their address goes on the do-not-contact list. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="65"/>
        <source>Erasing %1…</source>
        <translation>Erasing %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="73"/>
        <source>Erased %1 customer(s) and %2 order(s); %3 backup(s) erased too.</source>
        <translation>Erased %1 customer(s) and %2 order(s); %3 backup(s) erased too.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="81"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="86"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="97"/>
        <source>Export person&apos;s data</source>
        <translation>Export person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="84"/>
        <source>Page for the person (*.html)</source>
        <translation>Page for the person (*.html)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="87"/>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="101"/>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="111"/>
        <source>%1 address(es) added to the do-not-contact list.</source>
        <translation>%1 address(es) added to the do-not-contact list.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="76"/>
        <source>Segment to profile</source>
        <translation>Segment to profile</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="80"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="92"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="93"/>
        <source>Persona card</source>
        <translation>Persona card</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="94"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="121"/>
        <source>profile-index</source>
        <translation>profile-index</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="138"/>
        <source>A name for the typical customer, e.g. Yoga-loving Johanna</source>
        <translation>A name for the typical customer, e.g. Yoga-loving Johanna</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="141"/>
        <source>A few lines in your own words: who they are, what they buy and when, what they care about, how to talk to them.</source>
        <translation>A few lines in your own words: who they are, what they buy and when, what they care about, how to talk to them.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="145"/>
        <source>Save persona</source>
        <translation>Save persona</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="146"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="152"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="153"/>
        <source>In your words:</source>
        <translation>In your words:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="158"/>
        <source>The card beside shows what you write with the segment&apos;s own figures. It is saved with the segment, in the project.</source>
        <translation>The card beside shows what you write with the segment&apos;s own figures. It is saved with the segment, in the project.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="198"/>
        <source>Segments to compare</source>
        <translation>Segments to compare</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="203"/>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="218"/>
        <source>Open a project or import customers to see profiles.</source>
        <translation>Open a project or import customers to see profiles.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="219"/>
        <source>Make a segment in the Segments tab to see who is in it.</source>
        <translation>Make a segment in the Segments tab to see who is in it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="298"/>
        <source>%Ln customer(s), %1 of all</source>
        <translation>
            <numerusform>%Ln customer, %1 of all</numerusform>
            <numerusform>%Ln customers, %1 of all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="325"/>
        <source>Compared with all customers</source>
        <translation>Compared with all customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="350"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="352"/>
        <source>Segment “%1”</source>
        <translation>Segment “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="369"/>
        <source>Tick segments on the left to see them side by side.</source>
        <translation>Tick segments on the left to see them side by side.</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../segmentdesk/ui/progress_job.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/project_files.py" line="153"/>
        <source>%n value(s) you edited in SegmentDesk were kept where the new file says otherwise: %1</source>
        <translation>
            <numerusform>%n value you edited in SegmentDesk was kept where the new file says otherwise: %1</numerusform>
            <numerusform>%n values you edited in SegmentDesk were kept where the new file says otherwise: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="34"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="49"/>
        <source>Checking the data…</source>
        <translation>Checking the data…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="85"/>
        <source>Nothing to report: the data looks clean.</source>
        <translation>Nothing to report: the data looks clean.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="86"/>
        <source>These are reported, not changed. Correct them in the source file and import it again, or keep them in mind when you export.</source>
        <translation>These are reported, not changed. Correct them in the source file and import it again, or keep them in mind when you export.</translation>
    </message>
</context>
<context>
    <name>QuickGuideDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="24"/>
        <source>Quick guide</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="26"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="26"/>
        <source>File ▸ Import customers… (or drop the file on the window) reads your customer file and, if you have one, your order file. The sample shop lets you try everything first.</source>
        <translation>File ▸ Import customers… (or drop the file on the window) reads your customer file and, if you have one, your order file. The sample shop lets you try everything first.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="29"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="29"/>
        <source>Give the segment a name and add conditions: who bought in the last year, who lives in Uusimaa, who spent over 200 €. Segment ▸ New from template gives a ready-made start.</source>
        <translation>Give the segment a name and add conditions: who bought in the last year, who lives in Uusimaa, who spent over 200 €. Segment ▸ New from template gives a ready-made start.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="32"/>
        <source>Read the count</source>
        <translation>Read the count</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="32"/>
        <source>Below the conditions you see at once how many customers match, their share of all customers and of revenue.</source>
        <translation>Below the conditions you see at once how many customers match, their share of all customers and of revenue.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="34"/>
        <source>Check consent</source>
        <translation>Check consent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="34"/>
        <source>Only customers with marketing consent and a valid email address are reachable; the count says how many. Customers on the do-not-contact list are never exported.</source>
        <translation>Only customers with marketing consent and a valid email address are reachable; the count says how many. Customers on the do-not-contact list are never exported.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="37"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="37"/>
        <source>File ▸ Export… writes the segments to an Excel workbook or a CSV file for your mailing service.</source>
        <translation>File ▸ Export… writes the segments to an Excel workbook or a CSV file for your mailing service.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="48"/>
        <source>Show me around</source>
        <translation>Show me around</translation>
    </message>
</context>
<context>
    <name>RfmMapDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="39"/>
        <source>RFM groups</source>
        <translation>RFM groups</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="42"/>
        <source>Choose the group of each cell. Rows are recency (5 = bought most recently), columns frequency (5 = buys most often). Every customer with orders falls in exactly one cell, so every cell needs a group.</source>
        <translation>Choose the group of each cell. Rows are recency (5 = bought most recently), columns frequency (5 = buys most often). Every customer with orders falls in exactly one cell, so every cell needs a group.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="49"/>
        <source>This map also weighs spend. The grid shows each cell&apos;s group at a middle spend score; saving it makes a grid without spend.</source>
        <translation>This map also weighs spend. The grid shows each cell&apos;s group at a middle spend score; saving it makes a grid without spend.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="56"/>
        <source>Recency ↓ · Frequency →</source>
        <translation>Recency ↓ · Frequency →</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="58"/>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="64"/>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="70"/>
        <source>Group of cell R%1 F%2</source>
        <translation>Group of cell R%1 F%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="78"/>
        <source>&amp;Default grid</source>
        <translation>&amp;Default grid</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="79"/>
        <source>Put every cell back in its group of the default grid</source>
        <translation>Put every cell back in its group of the default grid</translation>
    </message>
</context>
<context>
    <name>RfmPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="56"/>
        <source>RFM needs orders with dates: import an order file to see it.</source>
        <translation>RFM needs orders with dates: import an order file to see it.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="61"/>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="61"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="62"/>
        <source>Average spend</source>
        <translation>Average spend</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="68"/>
        <source>RFM groups</source>
        <translation>RFM groups</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="69"/>
        <source>Which cells of the grid make each RFM group</source>
        <translation>Which cells of the grid make each RFM group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="70"/>
        <source>Recency × frequency</source>
        <translation>Recency × frequency</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="71"/>
        <source>Recency × frequency, spend weighed</source>
        <translation>Recency × frequency, spend weighed</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="74"/>
        <source>Edit groups…</source>
        <translation>Edit groups…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="75"/>
        <source>Choose which group each cell of the grid belongs to</source>
        <translation>Choose which group each cell of the grid belongs to</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="78"/>
        <source>Cells show:</source>
        <translation>Cells show:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="81"/>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="87"/>
        <source>rfm-grid</source>
        <translation>rfm-grid</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="89"/>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="270"/>
        <source>Click a cell of the grid to see its customers.</source>
        <translation>Click a cell of the grid to see its customers.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="91"/>
        <source>Make a segment of this cell</source>
        <translation>Make a segment of this cell</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Revenue share</source>
        <translation>Revenue share</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="126"/>
        <source>Make a segment of this group</source>
        <translation>Make a segment of this group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="180"/>
        <source>Your own grid</source>
        <translation>Your own grid</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="212"/>
        <source>%1 customers have bought; %2 have no purchases yet (at %3).</source>
        <translation>%1 customers have bought; %2 have no purchases yet (at %3).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="237"/>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="276"/>
        <source>R%1 · F%2: %3 customers</source>
        <translation>R%1 · F%2: %3 customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="285"/>
        <source>RFM R%1 · F%2</source>
        <translation>RFM R%1 · F%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="294"/>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="51"/>
        <source>The buying rhythm needs orders with dates: import an order file to see it.</source>
        <translation>The buying rhythm needs orders with dates: import an order file to see it.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="62"/>
        <source>Churn-risk bands</source>
        <translation>Churn-risk bands</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="63"/>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="63"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="64"/>
        <source>Revenue share</source>
        <translation>Revenue share</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="67"/>
        <source>Make a segment of this band</source>
        <translation>Make a segment of this band</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="87"/>
        <source>Most overdue customers</source>
        <translation>Most overdue customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="88"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="88"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="89"/>
        <source>Usual days between orders</source>
        <translation>Usual days between orders</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="89"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="90"/>
        <source>Expected next order</source>
        <translation>Expected next order</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; customers buy again (orders on at least two days); %2 have bought on one day only and %3 not yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; customers buy again (orders on at least two days); %2 have bought on one day only and %3 not yet.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="165"/>
        <source>Showing %1 of the %2 customers overdue by their own rhythm, the most overdue first.</source>
        <translation>Showing %1 of the %2 customers overdue by their own rhythm, the most overdue first.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="139"/>
        <source>A repeat customer usually orders every &lt;b&gt;%1&lt;/b&gt; days (the median).</source>
        <translation>A repeat customer usually orders every &lt;b&gt;%1&lt;/b&gt; days (the median).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="167"/>
        <source>Nobody is overdue by their own rhythm.</source>
        <translation>Nobody is overdue by their own rhythm.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="187"/>
        <source>Buying on their usual rhythm. Keep them informed; they need no push.</source>
        <translation>Buying on their usual rhythm. Keep them informed; they need no push.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="188"/>
        <source>Later than usual by their own rhythm. A reminder or a small reason to come back now works best while they still remember you.</source>
        <translation>Later than usual by their own rhythm. A reminder or a small reason to come back now works best while they still remember you.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="190"/>
        <source>Long past their usual rhythm. Try a personal win-back offer, or ask them why they stopped.</source>
        <translation>Long past their usual rhythm. Try a personal win-back offer, or ask them why they stopped.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="201"/>
        <source>Churn risk: %1</source>
        <translation>Churn risk: %1</translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Column in file</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="22"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="46"/>
        <source>(custom field)</source>
        <translation>(custom field)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="51"/>
        <source>Meaning of column %1</source>
        <translation>Meaning of column %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="53"/>
        <source>from the heading</source>
        <translation>from the heading</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="53"/>
        <source>from the values</source>
        <translation>from the values</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="54"/>
        <source>as last time</source>
        <translation>as last time</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="55"/>
        <source>%1 export</source>
        <translation>%1 export</translation>
    </message>
</context>
<context>
    <name>SegmentBuilderPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="69"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="70"/>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="75"/>
        <source>Start from a template…</source>
        <translation>Start from a template…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="77"/>
        <source>Segment ▸ New from template: ready-made segments such as lapsed customers or best customers</source>
        <translation>Segment ▸ New from template: ready-made segments such as lapsed customers or best customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="113"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="142"/>
        <source>Import a customer file, then create a segment to start.</source>
        <translation>Import a customer file, then create a segment to start.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="165"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="343"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="167"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="343"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="347"/>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="367"/>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="371"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="375"/>
        <source>%1 of: %2</source>
        <translation>%1 of: %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="421"/>
        <source>That name is empty or already used by another segment.</source>
        <translation>That name is empty or already used by another segment.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="444"/>
        <source>Incomplete condition</source>
        <translation>Incomplete condition</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="451"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="453"/>
        <source>%1 of all %2 customers · %3 reachable by email · %4 of revenue</source>
        <translation>%1 of all %2 customers · %3 reachable by email · %4 of revenue</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="460"/>
        <source>Average spend %1 per customer (all customers: %2)</source>
        <translation>Average spend %1 per customer (all customers: %2)</translation>
    </message>
</context>
<context>
    <name>SegmentChoiceEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="246"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../segmentdesk/ui/models/segment_list_model.py" line="77"/>
        <source>Drag to change the order (or Ctrl+Up / Ctrl+Down): where a customer may be in only one segment, the higher one wins.</source>
        <translation>Drag to change the order (or Ctrl+Up / Ctrl+Down): where a customer may be in only one segment, the higher one wins.</translation>
    </message>
</context>
<context>
    <name>SegmentListPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="54"/>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="61"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="66"/>
        <source>&amp;New segment</source>
        <translation>&amp;New segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="68"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="70"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="72"/>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="74"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="256"/>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="259"/>
        <source>New segment “%1”</source>
        <translation>New segment “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="267"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="276"/>
        <source>Move group in “%1”</source>
        <translation>Move group in “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="276"/>
        <source>Move condition in “%1”</source>
        <translation>Move condition in “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="291"/>
        <source>Rename “%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="301"/>
        <source>Edit the persona of “%1”</source>
        <translation>Edit the persona of “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="306"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="309"/>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="318"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="323"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="395"/>
        <source>Edit customer %1</source>
        <translation>Edit customer %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="404"/>
        <source>New customer %1</source>
        <translation>New customer %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="409"/>
        <source>Delete customer %1</source>
        <translation>Delete customer %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="92"/>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="95"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="95"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="31"/>
        <source>Welcome to SegmentDesk</source>
        <translation>Welcome to SegmentDesk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="36"/>
        <source>Find the customers worth a message: start from your customer file, or look around in a made-up sample shop first.</source>
        <translation>Find the customers worth a message: start from your customer file, or look around in a made-up sample shop first.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="40"/>
        <source>Import your customer file…</source>
        <translation>Import your customer file…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="41"/>
        <source>Try the sample shop</source>
        <translation>Try the sample shop</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="43"/>
        <source>You can also drop a customer file (Excel or CSV) or a project on this window.</source>
        <translation>You can also drop a customer file (Excel or CSV) or a project on this window.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="47"/>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="105"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>StartShell</name>
    <message>
        <location filename="../../segmentdesk/ui/start_shell.py" line="33"/>
        <source>Starting SegmentDesk…</source>
        <translation>Starting SegmentDesk…</translation>
    </message>
</context>
<context>
    <name>SurveyFlow</name>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="28"/>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="36"/>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="41"/>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="47"/>
        <source>Add survey answers</source>
        <translation>Add survey answers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="37"/>
        <source>Demo mode is on: turn it off (View ▸ Demo mode) to add survey answers.</source>
        <translation>Demo mode is on: turn it off (View ▸ Demo mode) to add survey answers.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="42"/>
        <source>Import customers first: survey answers are joined to them by email.</source>
        <translation>Import customers first: survey answers are joined to them by email.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="48"/>
        <source>Matching the responses to customers…</source>
        <translation>Matching the responses to customers…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="51"/>
        <source>Cannot add these answers</source>
        <translation>Cannot add these answers</translation>
    </message>
</context>
<context>
    <name>SurveySummaryDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="16"/>
        <source>Survey answers added</source>
        <translation>Survey answers added</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="20"/>
        <source>%1%2: %3 of %4 responses matched a customer by email; %5 matched no customer.</source>
        <translation>%1%2: %3 of %4 responses matched a customer by email; %5 matched no customer.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="26"/>
        <source>Question (a psychographic field)</source>
        <translation>Question (a psychographic field)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="26"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="27"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="39"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="39"/>
        <source>(no email)</source>
        <translation>(no email)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="49"/>
        <source>Likert answers are numbers (1 = strongly disagree … 5 = strongly agree), choices are tags, anything else text. Segments find them among the psychographic fields.</source>
        <translation>Likert answers are numbers (1 = strongly disagree … 5 = strongly agree), choices are tags, anything else text. Segments find them among the psychographic fields.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="54"/>
        <source>Responses that matched no customer (not saved):</source>
        <translation>Responses that matched no customer (not saved):</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="75"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="76"/>
        <source>Create the segment “%1”</source>
        <translation>Create the segment “%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="78"/>
        <source>When to use: %1</source>
        <translation>When to use: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="107"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="109"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="29"/>
        <source>Welcome new customers</source>
        <translation>Welcome new customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="30"/>
        <source>Reward your best customers</source>
        <translation>Reward your best customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="31"/>
        <source>Win back quiet customers</source>
        <translation>Win back quiet customers</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="32"/>
        <source>Seasons and special days</source>
        <translation>Seasons and special days</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="33"/>
        <source>Reach and marketing consent</source>
        <translation>Reach and marketing consent</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="34"/>
        <source>Age groups</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="36"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="48"/>
        <source>Needs an order file with: %1</source>
        <translation>Needs an order file with: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="50"/>
        <source>Needs a column the order file does not have: %1</source>
        <translation>Needs a column the order file does not have: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="52"/>
        <source>Needs columns the order file does not have: %1</source>
        <translation>Needs columns the order file does not have: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="54"/>
        <source>Needs a column the customer file does not have: %1</source>
        <translation>Needs a column the customer file does not have: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="56"/>
        <source>Needs columns the customer file does not have: %1</source>
        <translation>Needs columns the customer file does not have: %1</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="117"/>
        <source>Start from a template</source>
        <translation>Start from a template</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="124"/>
        <source>Ready-made segments for common goals. The numbers are your customers who match as of %1. Create one and change its conditions as you like.</source>
        <translation>Ready-made segments for common goals. The numbers are your customers who match as of %1. Create one and change its conditions as you like.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="60"/>
        <source>Type a value</source>
        <translation>Type a value</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="61"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>TextRangeEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="83"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="83"/>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="69"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="70"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="133"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="138"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="138"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>_DeepGroupRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="373"/>
        <source>A deeply nested group; it is kept as it is.</source>
        <translation>A deeply nested group; it is kept as it is.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="14"/>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="16"/>
        <source>These files exist already:
%1

Replace them, or save with today&apos;s date in the name?</source>
        <translation>These files exist already:
%1

Replace them, or save with today&apos;s date in the name?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="18"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="19"/>
        <source>Save with date</source>
        <translation>Save with date</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="29"/>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="30"/>
        <source>%1 is open in another program, probably Excel. Close it there and choose Retry.</source>
        <translation>%1 is open in another program, probably Excel. Close it there and choose Retry.</translation>
    </message>
</context>
</TS>
