<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChoiceListEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="69"/>
        <source>Choose values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="39"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="42"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="46"/>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="75"/>
        <source>In another segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="136"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="136"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="30"/>
        <source>Search customers (name, email, city…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="32"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="33"/>
        <source>Only customers in the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="84"/>
        <source>Showing %1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="24"/>
        <source>Export mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="37"/>
        <source>Segments (one sheet each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="51"/>
        <source>Columns (contact details only by default: send no more than needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="54"/>
        <source>Also export customers who have not given marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="55"/>
        <source>Only do this for messages that need no consent, such as service messages. The override is written to the project&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="59"/>
        <source>This data has no email column, so the workbook cannot be a mailing list; it will hold the columns you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="64"/>
        <source>segments.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="65"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="67"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="74"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="103"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="104"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="112"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="115"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="112"/>
        <source>Tick at least one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="115"/>
        <source>Tick at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="135"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="35"/>
        <source>Customer and order files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="103"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="116"/>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="189"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="117"/>
        <source>Choose order file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="118"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="128"/>
        <source>Customer file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="129"/>
        <source>Order file (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="131"/>
        <source>SegmentDesk guessed what each column means. Check the guesses and correct any that are wrong; columns left as custom fields can still be used in segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="137"/>
        <source>Customer columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="138"/>
        <source>Order columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="147"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="197"/>
        <source>Cannot read the order file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="221"/>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="226"/>
        <source>%1 order rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="235"/>
        <source>Cannot read that sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>Choose the order file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="263"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="75"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="77"/>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="79"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="81"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="82"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="84"/>
        <source>Open a project or a customer file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="85"/>
        <source>Import a customer file and an order file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="86"/>
        <source>Export segments to an Excel workbook (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="91"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="102"/>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="107"/>
        <source>Add &amp;condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="111"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="112"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="114"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="121"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="122"/>
        <source>&amp;About SegmentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="124"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="136"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="144"/>
        <source>No data yet: File ▸ Import customers… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="147"/>
        <source>%1 customers · %2 orders · dates measured on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="156"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="157"/>
        <source>SegmentDesk projects and customer files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="169"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="172"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="177"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="185"/>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="199"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="208"/>
        <source>customers.segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="209"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="210"/>
        <source>SegmentDesk project (*.segdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="221"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="224"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="232"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="232"/>
        <source>Save the changes to this project first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="251"/>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="253"/>
        <source>%1 segment members without marketing consent were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="254"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="259"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="260"/>
        <source>Delete the segment “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="290"/>
        <source>The language changes when SegmentDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="292"/>
        <source>This language is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="302"/>
        <source>About SegmentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="303"/>
        <source>SegmentDesk %1
Customer segmentation for small shops. Your data never leaves this computer.

Postal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="44"/>
        <source>Column in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="44"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="44"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="45"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="69"/>
        <source>(custom field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="74"/>
        <source>Meaning of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="76"/>
        <source>from the heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="76"/>
        <source>from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="77"/>
        <source>as last time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBuilderPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="50"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="51"/>
        <source>Segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="57"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="58"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="60"/>
        <source>Customers who match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="62"/>
        <source>of these conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="75"/>
        <source>+ Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="76"/>
        <source>Add a condition (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="99"/>
        <source>Import a customer file, then create a segment to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="206"/>
        <source>That name is empty or already used by another segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="219"/>
        <source>Incomplete condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="223"/>
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="225"/>
        <source>%1 of all %2 customers · %3 reachable by email · %4 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentListPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="24"/>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="27"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="32"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="34"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="36"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="38"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="95"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="121"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="45"/>
        <source>Type a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KeptGroupRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="30"/>
        <source>A nested group of conditions; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="34"/>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
