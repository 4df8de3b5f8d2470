<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="29"/>
        <source>%n without marketing consent</source>
        <translation>
            <numerusform>%n ilman markkinointilupaa</numerusform>
            <numerusform>%n ilman markkinointilupaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="30"/>
        <source>%n said no to marketing</source>
        <translation>
            <numerusform>%n markkinoinnin kieltänyt</numerusform>
            <numerusform>%n markkinoinnin kieltänyttä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="31"/>
        <source>%n on the do-not-contact list</source>
        <translation>
            <numerusform>%n älä ota yhteyttä -listalla</numerusform>
            <numerusform>%n älä ota yhteyttä -listalla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="32"/>
        <source>%n without a valid email address</source>
        <translation>
            <numerusform>%n ilman kelvollista sähköpostiosoitetta</numerusform>
            <numerusform>%n ilman kelvollista sähköpostiosoitetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="33"/>
        <source>%n repeating an address</source>
        <translation>
            <numerusform>%n jo mukana oleva osoite</numerusform>
            <numerusform>%n jo mukana olevaa osoitetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="37"/>
        <source>Will leave out: %1.</source>
        <translation>Pois jätetään: %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="46"/>
        <source>Wrote %1 people to
%2
each once, with the segments they are in as tags.</source>
        <translation>Kirjoitettiin %1 henkilöä tiedostoon
%2
kukin kerran, segmentit tunnisteina.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="49"/>
        <source>Wrote %1 rows to
%2</source>
        <translation>Kirjoitettiin %1 riviä tiedostoon
%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="51"/>
        <source>Wrote %1 rows to %2 files in
%3</source>
        <translation>Kirjoitettiin %1 riviä %2 tiedostoon kansioon
%3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="37"/>
        <source>Left out: %1.</source>
        <translation>Pois jätettiin: %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="69"/>
        <source>Export finished</source>
        <translation>Vienti valmis</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_finished.py" line="70"/>
        <location filename="../../segmentdesk/ui/report_flow.py" line="94"/>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="56"/>
        <location filename="../../segmentdesk/ui/report_flow.py" line="79"/>
        <source>Client report</source>
        <translation>Asiakasraportti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="56"/>
        <source>Language of the report:</source>
        <translation>Raportin kieli:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="62"/>
        <source>customers</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="65"/>
        <source>Save the client report</source>
        <translation>Tallenna asiakasraportti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="79"/>
        <source>Writing the client report…</source>
        <translation>Kirjoitetaan asiakasraporttia…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="81"/>
        <source>Cannot write the report</source>
        <translation>Raporttia ei voi kirjoittaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="91"/>
        <source>Wrote the client report (%1 pages) to
%2</source>
        <translation>Asiakasraportti (%1 sivua) kirjoitettu tiedostoon
%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="92"/>
        <source>Report finished</source>
        <translation>Raportti valmis</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/report_flow.py" line="93"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
</context>
<context>
    <name>AnalysisArea</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/analysis_area.py" line="37"/>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
</context>
<context>
    <name>AnalysisPages</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="118"/>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="325"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="307"/>
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="444"/>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="303"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="238"/>
        <source>Buying rhythm</source>
        <translation>Ostorytmi</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="28"/>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="33"/>
        <source>Count as of</source>
        <translation>Tilanne päivänä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="34"/>
        <source>Counts, ages and dates such as “in the last 30 days” are measured on this day. It starts at today each time SegmentDesk starts and is not saved in the project.</source>
        <translation>Asiakasmäärät, iät ja ehdot kuten ”viimeisten 30 päivän aikana” lasketaan tämän päivän mukaan. Päivä on tänään aina, kun SegmentDesk käynnistyy, eikä sitä tallenneta projektiin.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="39"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/as_of_control.py" line="40"/>
        <source>Count as of today</source>
        <translation>Tilanne tänään</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="17"/>
        <source>Backups and autosave</source>
        <translation>Varmuuskopiot ja automaattinen tallennus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="18"/>
        <source>Keep backups of each project</source>
        <translation>Pidä varmuuskopiot jokaisesta projektista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="23"/>
        <source>Save the open project automatically</source>
        <translation>Tallenna avoin projekti automaattisesti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="27"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="29"/>
        <source>A backup is made when a project is opened and after each import, in SegmentDesk&apos;s own data folder. The oldest backups are deleted as new ones are made.</source>
        <translation>Varmuuskopio tehdään, kun projekti avataan ja jokaisen tuonnin jälkeen, SegmentDeskin omaan datakansioon. Vanhimmat varmuuskopiot poistetaan, kun uusia tehdään.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="34"/>
        <source>Backups kept per project:</source>
        <translation>Varmuuskopioita projektia kohden:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/backup_settings_dialog.py" line="36"/>
        <source>Save every:</source>
        <translation>Tallenna välein:</translation>
    </message>
</context>
<context>
    <name>CategoryParameterEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="82"/>
        <source>Category</source>
        <translation>Tuoteryhmä</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="50"/>
        <source>Save as PNG…</source>
        <translation>Tallenna PNG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="52"/>
        <source>Save as SVG…</source>
        <translation>Tallenna SVG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="54"/>
        <source>Copy image</source>
        <translation>Kopioi kuva</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="57"/>
        <source>Save image</source>
        <translation>Tallenna kuva</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="172"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="172"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-kuva (*.svg)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="173"/>
        <source>Save chart</source>
        <translation>Tallenna kaavio</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/charts/chart_view.py" line="181"/>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="110"/>
        <source>Choose values…</source>
        <translation>Valitse arvot…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="111"/>
        <source>Values</source>
        <translation>Arvot</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="48"/>
        <source>Open a project or import customers to look for hidden groups.</source>
        <translation>Avaa projekti tai tuo asiakkaat etsiäksesi piileviä ryhmiä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="51"/>
        <source>The number fields the groups are found from</source>
        <translation>Numerokentät, joiden perusteella ryhmät etsitään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="53"/>
        <source>Suggest (best silhouette)</source>
        <translation>Ehdota (paras siluetti)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="56"/>
        <source>Find groups</source>
        <translation>Etsi ryhmät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="65"/>
        <source>silhouette</source>
        <translation>siluetti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="67"/>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="70"/>
        <source>Clusters (k):</source>
        <translation>Klustereita (k):</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="78"/>
        <source>cluster-map</source>
        <translation>klusterikartta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="80"/>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="81"/>
        <source>In words (compared with all customers)</source>
        <translation>Sanoin (verrattuna kaikkiin asiakkaisiin)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="90"/>
        <source>Make a segment of these customers</source>
        <translation>Tee segmentti näistä asiakkaista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="91"/>
        <source>A segment that lists the cluster&apos;s customers as they are now</source>
        <translation>Segmentti, joka luettelee klusterin nykyiset asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="93"/>
        <source>Make a segment from a rule</source>
        <translation>Tee segmentti säännöstä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="94"/>
        <source>An editable rule that picks customers like this cluster&apos;s</source>
        <translation>Muokattava sääntö, joka valitsee tämän klusterin kaltaiset asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="99"/>
        <source>Make a segment from this cluster:</source>
        <translation>Tee segmentti tästä klusterista:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="193"/>
        <source>Tick at least one field.</source>
        <translation>Valitse vähintään yksi kenttä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="195"/>
        <source>No customer has a value for %1.</source>
        <translation>Yhdelläkään asiakkaalla ei ole arvoa kentässä %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="198"/>
        <source>This data has room for at most %1 clusters.</source>
        <translation>Näistä tiedoista saa enintään %1 klusteria.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="199"/>
        <source>These customers cannot be told apart by the ticked fields.</source>
        <translation>Valitut kentät eivät erottele näitä asiakkaita toisistaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="243"/>
        <source>Silhouette %1 (−1…1; higher: better separated); suggested k = %2.</source>
        <translation>Siluetti %1 (−1…1; suurempi: erottuvammat); ehdotettu k = %2.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="246"/>
        <source>%1 customers without any value are left out.</source>
        <translation>%1 asiakasta ilman yhtään arvoa jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="251"/>
        <source>%1: %2 missing, filled with the median %3.</source>
        <translation>%1: %2 puuttuu, täytetty mediaanilla %3.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="254"/>
        <source>%1: log scale (very uneven values).</source>
        <translation>%1: logaritminen asteikko (hyvin epätasaiset arvot).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="288"/>
        <source>Made segment “%1” listing its %2 customers.</source>
        <translation>Tehtiin segmentti ”%1”, joka luettelee sen %2 asiakasta.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="291"/>
        <source>%1 customers without a customer number or email could not be listed.</source>
        <translation>%1 asiakasta ilman asiakasnumeroa tai sähköpostia ei voitu luetella.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="300"/>
        <source>%1 (rule)</source>
        <translation>%1 (sääntö)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/clusters_page.py" line="303"/>
        <source>Made segment “%1” with an editable rule.</source>
        <translation>Tehtiin segmentti ”%1” muokattavalla säännöllä.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="160"/>
        <source>Drag to move this condition to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</source>
        <translation>Vedä ehto toiseen kohtaan tai ryhmään. Näppäimistöllä: Alt+Ylös / Alt+Alas; lisää hiiren oikealla painikkeella.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="165"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="168"/>
        <source>Operator</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="176"/>
        <source>choose a value</source>
        <translation>valitse arvo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="178"/>
        <source>This condition is not counted until it has a value.</source>
        <translation>Ehtoa ei lasketa mukaan ennen kuin sillä on arvo.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="186"/>
        <source>Duplicate this condition</source>
        <translation>Monista tämä ehto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="190"/>
        <source>Remove this condition</source>
        <translation>Poista tämä ehto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="234"/>
        <source>In another segment</source>
        <translation>Toisessa segmentissä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="306"/>
        <source>Hidden in demo mode: turn demo mode off to see or change this value.</source>
        <translation>Piilotettu esittelytilassa: poista esittelytila käytöstä nähdäksesi tai muuttaaksesi arvon.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="336"/>
        <source>⚠ %1 (this operator does not fit the field; kept as it is)</source>
        <translation>⚠ %1 (vertailu ei sovi kenttään; säilytetään sellaisenaan)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="337"/>
        <source>The operator “%1” cannot be used with this field here, so the condition cannot be edited. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</source>
        <translation>Vertailua ”%1” ei voi käyttää tämän kentän kanssa, joten ehtoa ei voi muokata täällä. Se pysyy segmentissä muuttumattomana; poista se ✕:llä, jos sitä ei tarvita.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="341"/>
        <source>⚠ %1 (unknown field; kept as it is)</source>
        <translation>⚠ %1 (tuntematon kenttä; säilytetään sellaisenaan)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="342"/>
        <source>This data has no field “%1”, so the condition cannot be edited here. It stays in the segment unchanged; remove it with ✕ if it is not wanted.</source>
        <translation>Aineistossa ei ole kenttää ”%1”, joten ehtoa ei voi muokata täällä. Se pysyy segmentissä muuttumattomana; poista se ✕:llä, jos sitä ei tarvita.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/condition_row.py" line="346"/>
        <source>Condition that cannot be edited</source>
        <translation>Ehto, jota ei voi muokata</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="38"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="38"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="132"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add a note…</source>
        <translation>Lisää muistiinpano…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="66"/>
        <source>Demo mode is on: personal data is shown as made-up values and this customer cannot be changed. Turn demo mode off (View ▸ Demo mode) to edit.</source>
        <translation>Esittelytila on päällä: henkilötiedot näytetään keksittyinä, eikä asiakasta voi muuttaa. Poista esittelytila käytöstä (Näytä ▸ Esittelytila) muokataksesi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="73"/>
        <source>Add tag</source>
        <translation>Lisää tunniste</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="77"/>
        <source>A tag, e.g. yoga</source>
        <translation>Tunniste, esim. jooga</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="78"/>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="88"/>
        <source>No change</source>
        <translation>Ei muutosta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="89"/>
        <source>Consent given</source>
        <translation>Lupa annettu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="90"/>
        <source>Consent withdrawn</source>
        <translation>Lupa peruttu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>on a form</source>
        <translation>lomakkeella</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>by email</source>
        <translation>sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="92"/>
        <source>in the shop</source>
        <translation>myymälässä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="93"/>
        <source>other</source>
        <translation>muuten</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="102"/>
        <source>Marketing consent:</source>
        <translation>Markkinointilupa:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="115"/>
        <source>Delete customer…</source>
        <translation>Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="142"/>
        <source>Notes and consent</source>
        <translation>Muistiinpanot ja markkinointilupa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="146"/>
        <source>Consent given %1</source>
        <translation>Lupa annettu %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="146"/>
        <source>Consent withdrawn %1</source>
        <translation>Lupa peruttu %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="168"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="169"/>
        <source>Delete the customer %1? They stay deleted when a newer file is imported; Edit ▸ Undo brings them back.</source>
        <translation>Poistetaanko asiakas %1? Asiakas pysyy poistettuna, vaikka uudempi tiedosto tuodaan; Muokkaa ▸ Kumoa palauttaa hänet.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/customer_dialog.py" line="185"/>
        <source>This customer has no customer number or email, so their changes could not be kept apart from the next import&apos;s.</source>
        <translation>Asiakkaalla ei ole asiakasnumeroa eikä sähköpostia, joten muutoksia ei voisi erottaa seuraavan tuonnin tiedoista.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="133"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/models/customer_table_model.py" line="133"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="31"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="42"/>
        <source>Search customers (name, email, city…)</source>
        <translation>Hae asiakkaita (nimi, sähköposti, paikkakunta…)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="44"/>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="45"/>
        <source>Only customers in the selected segment</source>
        <translation>Vain valitun segmentin asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/customers_panel.py" line="144"/>
        <source>Showing %1 of %2 customers</source>
        <translation>Näytetään %1 / %2 asiakasta</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="226"/>
        <source>Number of days</source>
        <translation>Päivien määrä</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/demo_badge.py" line="18"/>
        <source>DEMO · names and contacts made up</source>
        <translation>ESITTELY · nimet ja yhteystiedot keksittyjä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/demo_badge.py" line="20"/>
        <source>Demo mode is on: names, emails, phone numbers and street addresses are shown, copied and exported as made-up ones; counts and charts are the real ones, and so are birth dates, postal codes and customer numbers. View ▸ Demo mode turns it off.</source>
        <translation>Esittelytila on päällä: nimet, sähköpostiosoitteet, puhelinnumerot ja katuosoitteet näytetään, kopioidaan ja viedään keksittyinä; määrät ja kaaviot ovat todellisia, samoin syntymäajat, postinumerot ja asiakasnumerot. Näytä ▸ Esittelytila poistaa sen käytöstä.</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="120"/>
        <source>Do-not-contact list</source>
        <translation>Älä ota yhteyttä -lista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="123"/>
        <source>%1 addresses are on the list. Their owners are never exported again; the list keeps only a one-way hash of each.</source>
        <translation>Listalla on %1 osoitetta. Niiden omistajia ei viedä enää koskaan; listalla on vain kunkin osoitteen yksisuuntainen tiiviste.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="125"/>
        <source>Add addresses, one per line:</source>
        <translation>Lisää osoitteet, yksi riville:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="128"/>
        <source>Import a file of addresses…</source>
        <translation>Tuo osoitetiedosto…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="142"/>
        <source>Import a file of addresses</source>
        <translation>Tuo osoitetiedosto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="143"/>
        <source>Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Taulukot ja CSV (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="154"/>
        <source>%1 addresses read from column %2.</source>
        <translation>%1 osoitetta luettu sarakkeesta %2.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="18"/>
        <source>Something unexpected went wrong. Your data has not been changed.</source>
        <translation>Jotain odottamatonta tapahtui. Tietojasi ei ole muutettu.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="23"/>
        <source>The file has column headings but no customer rows.</source>
        <translation>Tiedostossa on sarakeotsikot mutta ei yhtään asiakasriviä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="24"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="26"/>
        <source>This file is not a spreadsheet or a CSV file SegmentDesk can read. Save it from Excel as .xlsx or CSV and try again.</source>
        <translation>Tiedosto ei ole taulukko tai CSV-tiedosto, jota SegmentDesk osaa lukea. Tallenna se Excelistä .xlsx- tai CSV-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="30"/>
        <location filename="../../segmentdesk/ui/error_messages.py" line="38"/>
        <source>The workbook is password-protected. Remove the password in Excel and try again.</source>
        <translation>Työkirja on suojattu salasanalla. Poista salasana Excelissä ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="32"/>
        <source>The file no longer exists or cannot be opened.</source>
        <translation>Tiedostoa ei enää ole tai sitä ei voi avata.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="33"/>
        <source>The file cannot be read.</source>
        <translation>Tiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="35"/>
        <source>The workbook is damaged or incomplete, perhaps because it was not copied or downloaded to the end. Open the original in Excel, save it again as .xlsx and try again.</source>
        <translation>Työkirja on vioittunut tai vajaa, ehkä koska sen kopiointi tai lataus jäi kesken. Avaa alkuperäinen Excelissä, tallenna se uudelleen .xlsx-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="41"/>
        <source>SegmentDesk did not open this file: it would expand to more than a hundred times its size when read, which is how files meant to freeze a computer are built.</source>
        <translation>SegmentDesk ei avannut tiedostoa: luettaessa se paisuisi yli satakertaiseksi, ja juuri niin tehdään tiedostoja, joiden tarkoitus on jumittaa tietokone.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="44"/>
        <source>SegmentDesk did not open this workbook: it contains XML declarations that Excel never writes and that can be used to freeze a computer. If you trust the file, open it in Excel, save it again as .xlsx and try again.</source>
        <translation>SegmentDesk ei avannut työkirjaa: siinä on XML-määrittelyjä, joita Excel ei koskaan kirjoita ja joilla tietokoneen voi jumittaa. Jos luotat tiedostoon, avaa se Excelissä, tallenna uudelleen .xlsx-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="47"/>
        <source>SegmentDesk did not open this file: it is not built like a workbook and reading it could freeze the computer.</source>
        <translation>SegmentDesk ei avannut tiedostoa: se ei ole rakennettu kuten työkirja, ja sen lukeminen voisi jumittaa tietokoneen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="51"/>
        <source>The file is too large to open on this computer now: reading it needs about %1 MB of memory and %2 MB can be spared. Close other programs or split the file, and try again.</source>
        <translation>Tiedosto on liian suuri avattavaksi tällä tietokoneella nyt: lukeminen vaatii noin %1 Mt muistia, ja vapaana on %2 Mt. Sulje muita ohjelmia tai jaa tiedosto osiin ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="56"/>
        <source>The sheet %1 has something in cell %2, far from the rest of the data, so it is too large to open. Delete the stray cells in Excel (Ctrl+End finds the last one), save and try again.</source>
        <translation>Välilehdellä %1 on jotain solussa %2, kaukana muista tiedoista, joten se on liian suuri avattavaksi. Poista ylimääräiset solut Excelissä (Ctrl+End löytää viimeisen), tallenna ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="61"/>
        <source>The file has %1 columns, more than a spreadsheet can hold. Check that it is a customer list.</source>
        <translation>Tiedostossa on %1 saraketta, enemmän kuin taulukkoon mahtuu. Tarkista, että se on asiakaslista.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="63"/>
        <source>The workbook is too large: it expands to more than %1 MB when read. Split it into smaller files and try again.</source>
        <translation>Työkirja on liian suuri: luettaessa se paisuu yli %1 megatavuun. Jaa se pienempiin tiedostoihin ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="68"/>
        <source>Line %1 of the file opens a quotation mark that is never closed, so the rows after it cannot be read. Correct that line and try again.</source>
        <translation>Tiedoston rivillä %1 alkaa lainausmerkki, jota ei koskaan suljeta, joten sen jälkeisiä rivejä ei voi lukea. Korjaa rivi ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="71"/>
        <source>Line %1 of the file holds a cell far too long for customer data, most often because a quotation mark is not closed. Correct that line and try again.</source>
        <translation>Tiedoston rivillä %1 on aivan liian pitkä solu asiakastiedoiksi, useimmiten koska lainausmerkki jäi sulkematta. Korjaa rivi ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="75"/>
        <source>The workbook has no sheet named %1.</source>
        <translation>Työkirjassa ei ole välilehteä nimeltä %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="78"/>
        <source>The customer data has no email column, so SegmentDesk cannot make a mailing list. Re-import the file and set a column to the role ‘Email’.</source>
        <translation>Asiakastiedoissa ei ole sähköpostisaraketta, joten SegmentDesk ei voi tehdä postituslistaa. Tuo tiedosto uudelleen ja anna jollekin sarakkeelle merkitys ”Sähköposti”.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="81"/>
        <source>The file cannot be written. Is it open in Excel? Close it and try again.</source>
        <translation>Tiedostoon ei voi kirjoittaa. Onko se auki Excelissä? Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="83"/>
        <source>Choose at least one segment to export.</source>
        <translation>Valitse vähintään yksi vietävä segmentti.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="84"/>
        <source>The export could not be written.</source>
        <translation>Vientiä ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="86"/>
        <source>The project is open in SegmentDesk on %1 by %2. Close it there and try again.</source>
        <translation>Projekti on auki SegmentDeskissä koneella %1 (käyttäjä %2). Sulje se siellä ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="89"/>
        <source>The backup could not be made or opened.</source>
        <translation>Varmuuskopiota ei voitu tehdä tai avata.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="93"/>
        <source>This project was saved by a newer version of SegmentDesk. Update SegmentDesk to open it; the file has not been changed.</source>
        <translation>Tämä projekti on tallennettu SegmentDeskin uudemmalla versiolla. Päivitä SegmentDesk avataksesi sen; tiedostoa ei ole muutettu.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="96"/>
        <source>This file is not a SegmentDesk project.</source>
        <translation>Tämä tiedosto ei ole SegmentDesk-projekti.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="98"/>
        <source>The project file is damaged and cannot be opened. It has not been changed; open its latest backup instead.</source>
        <translation>Projektitiedosto on vioittunut, eikä sitä voi avata. Tiedostoa ei ole muutettu; avaa sen sijaan uusin varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="101"/>
        <source>The project file or its folder is read-only, so changes cannot be saved there. Use Save As to save a copy somewhere else.</source>
        <translation>Projektitiedosto tai sen kansio on vain luku -tilassa, joten muutoksia ei voi tallentaa sinne. Tallenna kopio muualle Tallenna nimellä -toiminnolla.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="104"/>
        <source>Another program is writing to the project just now. Try again in a moment.</source>
        <translation>Toinen ohjelma kirjoittaa projektiin juuri nyt. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="106"/>
        <source>The project file no longer exists.</source>
        <translation>Projektitiedostoa ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="107"/>
        <source>The project file cannot be opened or saved.</source>
        <translation>Projektitiedostoa ei voi avata tai tallentaa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="109"/>
        <source>These segments refer to each other in a circle: %1</source>
        <translation>Nämä segmentit viittaavat toisiinsa kehässä: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="112"/>
        <source>The rule refers to the segment “%1”, which no longer exists.</source>
        <translation>Sääntö viittaa segmenttiin ”%1”, jota ei enää ole.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="117"/>
        <source>This data has no field “%1”. Remove the condition, or import a file that has that column.</source>
        <translation>Aineistossa ei ole kenttää ”%1”. Poista ehto tai tuo tiedosto, jossa sarake on.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="120"/>
        <source>The field “%1” is not written the way SegmentDesk reads it: a period like “90 days” or a product category after the colon.</source>
        <translation>Kenttää ”%1” ei ole kirjoitettu niin kuin SegmentDesk sen lukee: kaksoispisteen jälkeen jakso, kuten ”90 days”, tai tuoteryhmä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="123"/>
        <source>The field “%1” needs orders with dates, amounts and product categories, and this data has none.</source>
        <translation>Kenttä ”%1” tarvitsee tilauksia, joissa on päivämäärät, summat ja tuoteryhmät, eikä tässä aineistossa ole niitä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="126"/>
        <source>The comparison “%1” does not fit the field “%2”.</source>
        <translation>Vertailu ”%1” ei sovi kenttään ”%2”.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="128"/>
        <source>The segment’s rule cannot be used with this data.</source>
        <translation>Segmentin sääntöä ei voi käyttää näillä tiedoilla.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="132"/>
        <source>The customers have no customer number or email column, so a customer cannot be told apart from one import to the next.</source>
        <translation>Asiakkailla ei ole asiakasnumero- eikä sähköpostisaraketta, joten asiakasta ei voi tunnistaa tuonnista toiseen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="135"/>
        <source>The customers have no field “%1”.</source>
        <translation>Asiakkailla ei ole kenttää ”%1”.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="138"/>
        <source>a date such as %1</source>
        <translation>päivämäärä, esimerkiksi %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="140"/>
        <source>a number such as %1</source>
        <translation>luku, esimerkiksi %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="141"/>
        <source>yes or no</source>
        <translation>kyllä tai ei</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="142"/>
        <source>“%1” is not a value the field “%2” can hold.</source>
        <translation>”%1” ei käy kentän ”%2” arvoksi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="144"/>
        <source>Write %1.</source>
        <translation>Kirjoita %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="146"/>
        <source>A new customer needs a value in the field “%1”, which tells customers apart.</source>
        <translation>Uudelle asiakkaalle tarvitaan arvo kenttään ”%1”, jolla asiakkaat erotetaan toisistaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="149"/>
        <source>A customer with %1 exists already.</source>
        <translation>Asiakas %1 on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="152"/>
        <source>A note needs some text.</source>
        <translation>Muistiinpanossa pitää olla tekstiä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="156"/>
        <source>The survey file has no column of email addresses, so its answers cannot be matched to customers. Export the responses with the respondents&apos; email.</source>
        <translation>Kyselytiedostossa ei ole sähköpostiosoitteiden saraketta, joten vastauksia ei voi yhdistää asiakkaisiin. Vie vastaukset vastaajien sähköpostiosoitteiden kanssa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/error_messages.py" line="159"/>
        <source>The customers have no email column, so survey answers cannot be matched to them.</source>
        <translation>Asiakastiedoissa ei ole sähköpostisaraketta, joten kyselyn vastauksia ei voi yhdistää asiakkaisiin.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="51"/>
        <source>Export mailing lists</source>
        <translation>Vie postituslistat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="95"/>
        <source>Only customers who gave marketing consent</source>
        <translation>Vain asiakkaat, jotka ovat antaneet markkinointiluvan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="96"/>
        <source>Also existing customers without an answer (existing-customer exception)</source>
        <translation>Myös nykyiset asiakkaat, jotka eivät ole vastanneet (asiakassuhdepoikkeus)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="98"/>
        <source>Also customers without an answer (service messages only)</source>
        <translation>Myös asiakkaat, jotka eivät ole vastanneet (vain palveluviestit)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="107"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="107"/>
        <source>CSV for Excel in Finland (semicolons)</source>
        <translation>CSV suomalaiseen Exceliin (puolipisteet)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="108"/>
        <source>CSV, UTF-8 with commas (other programs)</source>
        <translation>CSV, UTF-8 ja pilkut (muut ohjelmat)</translation>
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
        <translation>Oma työkirja kullekin segmentille</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="120"/>
        <source>Hash emails, phones and names here (SHA-256) before they leave this computer</source>
        <translation>Tiivistä sähköpostit, puhelinnumerot ja nimet (SHA-256) tällä koneella ennen kuin ne lähtevät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="153"/>
        <source>Who:</source>
        <translation>Kenelle:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="239"/>
        <source>Customers who said no, addresses on the do-not-contact list, invalid and repeated addresses are always left out.</source>
        <translation>Markkinoinnin kieltäneet, älä ota yhteyttä -listan osoitteet sekä virheelliset ja toistuvat osoitteet jätetään aina pois.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="241"/>
        <source>Finnish law allows email marketing of similar products to existing customers who were offered a way to refuse and did not; every message must offer an easy opt-out. The choice is written to the project&apos;s log with the date, the segments and how many it added.</source>
        <translation>Laki sallii samankaltaisten tuotteiden sähköpostimarkkinoinnin nykyisille asiakkaille, joille on annettu mahdollisuus kieltäytyä ja jotka eivät ole kieltäytyneet; jokaisessa viestissä on oltava helppo tapa kieltäytyä. Valinta kirjataan projektin lokiin päivämäärän, segmenttien ja lisättyjen määrien kanssa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="245"/>
        <source>Only for messages that need no consent, such as service messages. The choice is written to the project&apos;s log. Customers who said no are still left out.</source>
        <translation>Vain viesteihin, jotka eivät vaadi lupaa, kuten palveluviesteihin. Valinta kirjataan projektin lokiin. Markkinoinnin kieltäneet jätetään silti pois.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="258"/>
        <source>Segments (one workbook each)</source>
        <translation>Segmentit (kukin omaan työkirjaansa)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="259"/>
        <source>Segments (one sheet each)</source>
        <translation>Segmentit (kukin omalle välilehdelleen)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="275"/>
        <source>Headings in your language; dates, amounts and codes kept as Excel shows them.</source>
        <translation>Otsikot omalla kielelläsi; päivämäärät, summat ja koodit säilyvät niin kuin Excel ne näyttää.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="276"/>
        <source>One file per segment in this folder. Codes with leading zeros (postal code 00100) are written as they are, but Excel shows them without the zeros: use the Excel workbook when you need them shown.</source>
        <translation>Kullekin segmentille oma tiedosto tähän kansioon. Etunollalliset koodit (postinumero 00100) kirjoitetaan sellaisinaan, mutta Excel näyttää ne ilman nollia: käytä Excel-työkirjaa, kun tarvitset nollat näkyviin.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="279"/>
        <source>Only the columns Meta matches people by, in its format. Upload the files in Ads Manager as a customer list.</source>
        <translation>Vain sarakkeet, joilla Meta tunnistaa ihmiset, sen omassa muodossa. Lataa tiedostot Ads Managerissa asiakaslistaksi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="281"/>
        <source>Only the columns Google Ads matches people by, in its format. Upload the files as a Customer Match list.</source>
        <translation>Vain sarakkeet, joilla Google Ads tunnistaa ihmiset, sen omassa muodossa. Lataa tiedostot Customer Match -listaksi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="286"/>
        <source>One file per segment in this folder, with the column names the tool expects: import each into its own list.</source>
        <translation>Kullekin segmentille oma tiedosto tähän kansioon, palvelun odottamin sarakenimin: tuo kukin omaan listaansa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="91"/>
        <source>Columns (contact details only by default: send no more than needed)</source>
        <translation>Sarakkeet (oletuksena vain yhteystiedot: älä lähetä enempää kuin tarvitaan)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="101"/>
        <source>This data has no email column, so the workbook cannot be a mailing list; it will hold the columns you choose.</source>
        <translation>Tiedoissa ei ole sähköpostisaraketta, joten työkirja ei voi olla postituslista; siihen tulevat valitsemasi sarakkeet.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="151"/>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="263"/>
        <source>Segments (one file each)</source>
        <translation>Segmentit (kukin omaan tiedostoonsa)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="267"/>
        <source>Save into folder:</source>
        <translation>Tallenna kansioon:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="273"/>
        <source>segments.xlsx</source>
        <translation>segmentit.xlsx</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="272"/>
        <source>Save as:</source>
        <translation>Tallenna nimellä:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="117"/>
        <source>One file for the whole audience: each person once, the segments they are in as tags</source>
        <translation>Yksi tiedosto koko yleisölle: jokainen henkilö kerran, hänen segmenttinsä tunnisteina</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="124"/>
        <source>Demo mode is on: names, emails, phone numbers and street addresses are written as made-up ones (the same person, the same made-up one); who is written and the counts are the real ones.</source>
        <translation>Esittelytila on päällä: nimet, sähköpostiosoitteet, puhelinnumerot ja katuosoitteet kirjoitetaan keksittyinä (sama henkilö saa aina saman keksityn); kirjoitettavat henkilöt ja määrät ovat todellisia.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="261"/>
        <source>Segments (tags in one file)</source>
        <translation>Segmentit (tunnisteina yhdessä tiedostossa)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="268"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="274"/>
        <source>segments</source>
        <translation>segmentit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="284"/>
        <source>One file for your Mailchimp audience: each person once, the segments they are in as tags. Import it once; Mailchimp makes the tags.</source>
        <translation>Yksi tiedosto Mailchimp-yleisöllesi: jokainen henkilö kerran, hänen segmenttinsä tunnisteina (Tags). Tuo se kerran; Mailchimp luo tunnisteet.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="296"/>
        <source>Export into folder</source>
        <translation>Vie kansioon</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="301"/>
        <source>Export to</source>
        <translation>Vie tiedostoon</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="302"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="303"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="327"/>
        <source>%1 · empty: nothing to export</source>
        <translation>%1 · tyhjä: ei vietävää</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="331"/>
        <source>%1 · %2 customers, %3 reachable by email</source>
        <translation>%1 · %2 asiakasta, %3 tavoitettavissa sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="338"/>
        <source>Tick the segments to export: click a row.</source>
        <translation>Valitse vietävät segmentit: napsauta riviä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="341"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="344"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="358"/>
        <source>Will write %1 people, each once.</source>
        <translation>Kirjoitetaan %1 henkilöä, kukin kerran.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="359"/>
        <source>Will write %1 rows.</source>
        <translation>Kirjoitetaan %1 riviä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="365"/>
        <source>%1 of the rows without consent on record.</source>
        <translation>Näistä %1 ilman kirjattua lupaa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="377"/>
        <source>Preview: tick a segment to see its first rows as they will be written.</source>
        <translation>Esikatselu: valitse segmentti nähdäksesi sen ensimmäiset rivit sellaisina kuin ne kirjoitetaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="388"/>
        <source>Preview of the combined file as it will be written:</source>
        <translation>Esikatselu yhdistetystä tiedostosta sellaisena kuin se kirjoitetaan:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="392"/>
        <source>Preview of “%1” as it will be written:</source>
        <translation>Esikatselu: ”%1” sellaisena kuin se kirjoitetaan:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="410"/>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="413"/>
        <source>Nothing to export</source>
        <translation>Ei mitään vietävää</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="410"/>
        <source>Tick at least one segment.</source>
        <translation>Valitse vähintään yksi segmentti.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="413"/>
        <source>Tick at least one column.</source>
        <translation>Valitse vähintään yksi sarake.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_dialog.py" line="454"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="45"/>
        <source>Try the sample shop</source>
        <translation>Kokeile esimerkkikauppaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="48"/>
        <source>Import your customers</source>
        <translation>Tuo asiakkaasi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="49"/>
        <source>Start with your customer file from the webshop, Excel or CSV, and your order file if you have one. Nothing leaves this computer. Not ready yet? Look around in the sample shop.</source>
        <translation>Aloita verkkokaupan asiakastiedostosta (Excel tai CSV) ja tilaustiedostosta, jos sinulla on sellainen. Mitään ei lähetetä tältä tietokoneelta. Etkö ole vielä valmis? Tutustu ensin esimerkkikauppaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="56"/>
        <source>Build a segment</source>
        <translation>Rakenna segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="57"/>
        <source>A segment is a name and a few conditions, such as “bought in the last year” and “lives in Uusimaa”. Start from a template (Segment ▸ New from template…) or add conditions here.</source>
        <translation>Segmentti on nimi ja muutama ehto, kuten ”ostanut viimeisen vuoden aikana” ja ”asuu Uudellamaalla”. Aloita valmiista mallista (Segmentti ▸ Uusi mallista…) tai lisää ehdot tähän.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="62"/>
        <source>Read the count</source>
        <translation>Lue määrä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="63"/>
        <source>The count follows every click: how many customers match, their share of all customers and of revenue. “Count as of” sets the day that dates and ages are measured on.</source>
        <translation>Määrä päivittyy joka napsautuksella: kuinka moni asiakas täyttää ehdot ja mikä on heidän osuutensa kaikista asiakkaista ja liikevaihdosta. ”Tilanne päivänä” kertoo, minkä päivän mukaan päivämäärät ja iät lasketaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="68"/>
        <source>Check consent</source>
        <translation>Tarkista markkinointilupa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="69"/>
        <source>Only customers with marketing consent and a valid email address are reachable: the line under the count says how many. The do-not-contact list is never exported.</source>
        <translation>Tavoitettavissa ovat vain asiakkaat, joilla on markkinointilupa ja toimiva sähköpostiosoite: määrän alla oleva rivi kertoo, kuinka monta heitä on. Älä ota yhteyttä -listalla olevia ei viedä koskaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="74"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/first_run_tour.py" line="75"/>
        <source>Export writes your segments to an Excel workbook or a file for your email service, with only the customers you may contact. Help ▸ Show me around brings this tour back.</source>
        <translation>Vienti tallentaa segmentit Excel-työkirjaan tai sähköpostipalvelusi tiedostoon, ja mukana ovat vain asiakkaat, joihin saat ottaa yhteyttä. Ohje ▸ Esittelykierros näyttää tämän kierroksen uudelleen.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>all</source>
        <translation>jokainen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>any</source>
        <translation>vähintään yksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="116"/>
        <source>none</source>
        <translation>ei yksikään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="117"/>
        <source>not all</source>
        <translation>ei jokainen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="119"/>
        <source>How conditions combine</source>
        <translation>Miten ehdot yhdistyvät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="120"/>
        <source>+ Add condition</source>
        <translation>+ Lisää ehto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="121"/>
        <source>+ Add group</source>
        <translation>+ Lisää ryhmä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="122"/>
        <source>A group of conditions with its own all / any</source>
        <translation>Ehtoryhmä, jolla on oma jokainen / vähintään yksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="126"/>
        <source>Drag to move this group to another place or group. Keyboard: Alt+Up / Alt+Down; right-click for more.</source>
        <translation>Vedä ryhmä toiseen kohtaan tai ryhmään. Näppäimistöllä: Alt+Ylös / Alt+Alas; lisää hiiren oikealla painikkeella.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="130"/>
        <source>Customers who match</source>
        <translation>Asiakkaat, joilla täyttyy</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="130"/>
        <source>Match</source>
        <translation>Täyttyy</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="132"/>
        <source>of these conditions:</source>
        <translation>seuraavista ehdoista:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="132"/>
        <source>of these:</source>
        <translation>näistä:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="138"/>
        <source>Duplicate this group</source>
        <translation>Monista tämä ryhmä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="144"/>
        <source>Remove this group</source>
        <translation>Poista tämä ryhmä</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="71"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="72"/>
        <source>Revenue</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="74"/>
        <source>segments-over-time</source>
        <translation>segmentit-ajan-mittaan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="76"/>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="86"/>
        <source>Who moved between</source>
        <translation>Siirtymät ajalla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="88"/>
        <source>and</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="100"/>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="250"/>
        <source>Click a number to see the customers behind it.</source>
        <translation>Napsauta lukua, niin näet sen takana olevat asiakkaat.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="103"/>
        <source>Make a segment of them</source>
        <translation>Tee heistä segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="140"/>
        <source>The history starts when the project is saved: each import into it then records every segment&apos;s size and members, so next month&apos;s import shows how the segments changed.</source>
        <translation>Historia alkaa, kun projekti on tallennettu: jokainen siihen tehty tuonti tallentaa silloin kunkin segmentin koon ja jäsenet, joten ensi kuun tuonti näyttää, miten segmentit muuttuivat.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="160"/>
        <source>No snapshots yet: the next import into this project records the first.</source>
        <translation>Ei vielä tilannekuvia: seuraava tuonti tähän projektiin tallentaa ensimmäisen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="170"/>
        <source>%1 (snapshot %2)</source>
        <translation>%1 (tilannekuva %2)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="195"/>
        <source>Choose two different snapshots to see who moved.</source>
        <translation>Valitse kaksi eri tilannekuvaa, niin näet siirtymät.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="206"/>
        <source>Nobody moved between segments.</source>
        <translation>Kukaan ei siirtynyt segmentistä toiseen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="216"/>
        <source>Rows: where the customers were on %1. Columns: where they were on %2. A customer in two segments is counted in each, so a segment&apos;s row adds up to its size on %1 and its column to its size on %2. “In another segment”: left or joined the segment while in another one.</source>
        <translation>Rivit: missä asiakkaat olivat %1. Sarakkeet: missä he olivat %2. Kahdessa segmentissä oleva asiakas lasketaan kumpaankin, joten segmentin rivin summa on sen koko %1 ja sarakkeen summa sen koko %2. ”Muussa segmentissä”: poistui segmentistä tai liittyi siihen ollessaan jossakin toisessa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="220"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="255"/>
        <source>%1 customers: from %2 to %3</source>
        <translation>%1 asiakasta: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/history_page.py" line="259"/>
        <source>… and %1 more</source>
        <translation>… ja %1 muuta</translation>
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
        <translation>Poista välilyönnit nimien ja muiden tekstien ympäriltä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="19"/>
        <source>Write email addresses in lower case</source>
        <translation>Kirjoita sähköpostiosoitteet pienillä kirjaimilla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="20"/>
        <source>Merge duplicate customers into one</source>
        <translation>Yhdistä kaksoiskappaleet yhdeksi asiakkaaksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="21"/>
        <source>Leave out orders whose customer is not in the customer file</source>
        <translation>Jätä pois tilaukset, joiden asiakasta ei ole asiakastiedostossa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="156"/>
        <source>%1 duplicate rows, merged into %2</source>
        <translation>%1 kaksoisriviä yhdistetään %2 asiakkaaksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="26"/>
        <source>Rows are the same customer when they share an email address (ignoring case and spaces) or the same first name, last name and phone number. The merged customer keeps the first row&apos;s place and customer number; for every other column the newest value wins (the row nearest the end of the file that has one), and an empty cell never replaces a filled one. If any of the rows says no to marketing, the merged customer says no. Their orders move to the merged customer.</source>
        <translation>Rivit ovat sama asiakas, kun niillä on sama sähköpostiosoite (kirjainkoosta ja välilyönneistä välittämättä) tai sama etunimi, sukunimi ja puhelinnumero. Yhdistetty asiakas säilyttää ensimmäisen rivin paikan ja asiakasnumeron; muissa sarakkeissa uusin arvo voittaa (tiedoston loppua lähinnä oleva rivi, jossa arvo on), eikä tyhjä solu koskaan korvaa täytettyä. Jos yksikin riveistä kieltää markkinoinnin, yhdistetty asiakas kieltää sen. Tilaukset siirtyvät yhdistetylle asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="47"/>
        <source>Data-quality findings</source>
        <translation>Laatuhavainnot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="51"/>
        <source>Fixes (optional; nothing changes in your file)</source>
        <translation>Korjaukset (valinnaisia; tiedostosi ei muutu)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="60"/>
        <source>No fixes needed.</source>
        <translation>Korjauksia ei tarvita.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="69"/>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="70"/>
        <source>After the fix</source>
        <translation>Korjauksen jälkeen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="83"/>
        <source>Rows behind the chosen finding</source>
        <translation>Valitun havainnon rivit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="101"/>
        <source>Checking the data…</source>
        <translation>Tarkistetaan tietoja…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="120"/>
        <source>%1 customers are ready to import.</source>
        <translation>%1 asiakasta on valmiina tuotavaksi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="121"/>
        <source>The data looks clean.</source>
        <translation>Tiedot näyttävät siisteiltä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="122"/>
        <source>Findings are listed on the left, with the rows behind each; the fixes on the right are optional.</source>
        <translation>Havainnot ja niiden rivit ovat vasemmalla; oikealla olevat korjaukset ovat valinnaisia.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="146"/>
        <source>nothing left to change</source>
        <translation>ei enää muutettavaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="172"/>
        <source>Same email, or same name and phone, is one customer; the newest value wins, and a “no” to marketing always wins (hover for the whole rule).</source>
        <translation>Sama sähköposti tai sama nimi ja puhelin on yksi asiakas; uusin arvo voittaa, ja markkinoinnin kielto voittaa aina (koko sääntö näkyy, kun viet hiiren päälle).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="175"/>
        <source>Examples of “%1”:</source>
        <translation>Esimerkkejä: ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="180"/>
        <source>(all)</source>
        <translation>(kaikki)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="181"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="185"/>
        <source>(left out)</source>
        <translation>(jätetään pois)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="160"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n solu</numerusform>
            <numerusform>%n solua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/import_check_page.py" line="159"/>
        <source>%n order row(s)</source>
        <translation>
            <numerusform>%n tilausrivi</numerusform>
            <numerusform>%n tilausriviä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="40"/>
        <source>Customer and order files (%1)</source>
        <translation>Asiakas- ja tilaustiedostot (%1)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="68"/>
        <source>Import customers</source>
        <translation>Tuo asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="82"/>
        <source>Choose order file…</source>
        <translation>Valitse tilaustiedosto…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="87"/>
        <source>Customer file</source>
        <translation>Asiakastiedosto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="88"/>
        <source>Order file (optional)</source>
        <translation>Tilaustiedosto (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="90"/>
        <source>SegmentDesk guessed what each column means. Check the guesses and correct any that are wrong; columns left as custom fields can still be used in segments.</source>
        <translation>SegmentDesk arvasi, mitä kukin sarake tarkoittaa. Tarkista arvaukset ja korjaa väärät; omiksi kentiksi jätettyjä sarakkeita voi silti käyttää segmenteissä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="96"/>
        <source>Customer columns</source>
        <translation>Asiakastiedoston sarakkeet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="97"/>
        <source>Order columns</source>
        <translation>Tilaustiedoston sarakkeet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="117"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="118"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="185"/>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="219"/>
        <source>Cannot read the order file</source>
        <translation>Tilaustiedostoa ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="200"/>
        <source>Choose the order file</source>
        <translation>Valitse tilaustiedosto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="214"/>
        <source>Cannot import this file</source>
        <translation>Tiedostoa ei voi tuoda</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>1 Files</source>
        <translation>1 Tiedostot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>2 Columns</source>
        <translation>2 Sarakkeet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="238"/>
        <source>3 Check and fix</source>
        <translation>3 Tarkista ja korjaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="287"/>
        <source>Checking %1 rows: reading dates and numbers as the columns say, looking for duplicate customers, invalid emails and orders without a customer…</source>
        <translation>Tarkistetaan %1 riviä: luetaan päivämäärät ja luvut sarakkeiden mukaan, etsitään samoja asiakkaita, virheellisiä sähköpostiosoitteita ja tilauksia ilman asiakasta…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="353"/>
        <source>Importing: typing every column, linking orders to their customers and counting each customer&apos;s orders and spend…</source>
        <translation>Tuodaan: luetaan jokainen sarake, yhdistetään tilaukset asiakkaisiin ja lasketaan kunkin asiakkaan tilaukset ja ostot…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_dialog.py" line="368"/>
        <source>Import failed</source>
        <translation>Tuonti epäonnistui</translation>
    </message>
</context>
<context>
    <name>ImportSourcePanel</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="60"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="61"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="69"/>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="71"/>
        <source>Character encoding</source>
        <translation>Merkistö</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="72"/>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="77"/>
        <source>found automatically</source>
        <translation>tunnistettu automaattisesti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="76"/>
        <source>Column separator</source>
        <translation>Sarake-erotin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>semicolon ( ; )</source>
        <translation>puolipiste ( ; )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="78"/>
        <source>comma ( , )</source>
        <translation>pilkku ( , )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="79"/>
        <source>vertical bar ( | )</source>
        <translation>pystyviiva ( | )</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="84"/>
        <source>Row of the column headings</source>
        <translation>Sarakeotsikoiden rivi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="85"/>
        <source>The row that holds the column headings; rows above it (titles, blank rows) are skipped.</source>
        <translation>Rivi, jolla sarakeotsikot ovat; sen yläpuolella olevat rivit (otsikot, tyhjät rivit) ohitetaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="92"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="93"/>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="94"/>
        <source>Character encoding:</source>
        <translation>Merkistö:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="95"/>
        <source>Column separator:</source>
        <translation>Sarake-erotin:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="96"/>
        <source>Headings on row:</source>
        <translation>Otsikot rivillä:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="101"/>
        <source>Preview of the first rows as they will be read</source>
        <translation>Esikatselu ensimmäisistä riveistä sellaisina kuin ne luetaan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="104"/>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="110"/>
        <source>The first rows as they will be read:</source>
        <translation>Ensimmäiset rivit sellaisina kuin ne luetaan:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="198"/>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="225"/>
        <source>%1 rows, %2 columns</source>
        <translation>%1 riviä, %2 saraketta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="228"/>
        <source>mixed character encodings: mostly UTF-8, some lines saved by older Windows programs; both read correctly</source>
        <translation>sekalaiset merkistöt: enimmäkseen UTF-8, osa riveistä vanhempien Windows-ohjelmien tallentamia; molemmat luettu oikein</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="244"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="244"/>
        <source>Unicode, Excel&apos;s “CSV UTF-8”</source>
        <translation>Unicode, Excelin ”CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="245"/>
        <source>Windows, Finnish/Western Excel</source>
        <translation>Windows, suomalainen Excel</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="245"/>
        <source>Latin-9, older systems</source>
        <translation>Latin-9, vanhat järjestelmät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="246"/>
        <source>Unicode text, Excel&apos;s “Unicode text”</source>
        <translation>Unicode-teksti, Excelin ”Unicode-teksti”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="231"/>
        <source>customer export</source>
        <translation>asiakasvienniksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="231"/>
        <source>order export</source>
        <translation>tilausvienniksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="232"/>
        <source>recognised as a %1 %2: columns mapped for you</source>
        <translation>tunnistettu %1-%2: sarakkeet on yhdistetty valmiiksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/import_source_panel.py" line="236"/>
        <source>%1 rows have a different number of cells than the heading (lines %2); check them after importing.</source>
        <translation>%1 rivillä on eri määrä soluja kuin otsikkorivillä (rivit %2); tarkista ne tuonnin jälkeen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="69"/>
        <source>&amp;Import customers…</source>
        <translation>Tu&amp;o asiakkaat…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="73"/>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="75"/>
        <source>&amp;Export…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="85"/>
        <source>2,000 made-up customers of a small Finnish shop, to try things out</source>
        <translation>Pienen suomalaisen kaupan 2 000 keksittyä asiakasta kokeilua varten</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="94"/>
        <source>Open a project or a customer file (Ctrl+O)</source>
        <translation>Avaa projekti tai asiakastiedosto (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="95"/>
        <source>Import a customer file and an order file (Ctrl+I)</source>
        <translation>Tuo asiakastiedosto ja tilaustiedosto (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="97"/>
        <source>Export segments to an Excel workbook (Ctrl+E)</source>
        <translation>Vie segmentit Excel-työkirjaan (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="83"/>
        <source>Open the sample s&amp;hop</source>
        <translation>Avaa &amp;esimerkkikauppa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="77"/>
        <source>&amp;Client report…</source>
        <translation>Asiakas&amp;raportti…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="79"/>
        <source>A PDF of the segments, their profiles, RFM, clusters and history for a client: totals and shares only</source>
        <translation>PDF asiakkaalle segmenteistä, niiden profiileista, RFM:stä, klustereista ja historiasta: vain summia ja osuuksia</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="87"/>
        <source>Open the &amp;B2B sample shop</source>
        <translation>Avaa &amp;B2B-esimerkkikauppa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="89"/>
        <source>400 made-up business customers of a Finnish wholesaler: industries, company sizes, contact persons and invoices</source>
        <translation>400 keksittyä yritysasiakasta suomalaiselta tukkukaupalta: toimialat, yritysten koot, yhteyshenkilöt ja laskut</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="99"/>
        <source>&amp;Demo mode</source>
        <translation>&amp;Esittelytila</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="102"/>
        <source>Show made-up names, emails, phone numbers and street addresses on screen, on the clipboard and in exports; counts stay true (Ctrl+Shift+D)</source>
        <translation>Näytä keksityt nimet, sähköpostiosoitteet, puhelinnumerot ja katuosoitteet näytöllä, leikepöydällä ja vienneissä; määrät pysyvät todellisina (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="112"/>
        <source>Add s&amp;urvey answers…</source>
        <translation>Lisää k&amp;yselyn vastaukset…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="114"/>
        <source>Join a Typeform, Google Forms or Microsoft Forms response file to the customers by email</source>
        <translation>Yhdistä Typeformin, Google Formsin tai Microsoft Formsin vastaustiedosto asiakkaisiin sähköpostiosoitteen perusteella</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="119"/>
        <source>&amp;Data quality…</source>
        <translation>Tietojen laat&amp;u…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="140"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="144"/>
        <source>&amp;Import segment file…</source>
        <translation>&amp;Tuo segmenttitiedosto…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="146"/>
        <source>E&amp;xport segment file…</source>
        <translation>&amp;Vie segmenttitiedosto…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="155"/>
        <source>&amp;Overlap between segments…</source>
        <translation>Segmenttien &amp;päällekkäisyys…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="159"/>
        <source>Add &amp;condition</source>
        <translation>Lisää &amp;ehto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="162"/>
        <source>&amp;Customer</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="163"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="167"/>
        <source>&amp;Erase person…</source>
        <translation>&amp;Poista henkilö…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="169"/>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>&amp;Vie henkilön tiedot…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="171"/>
        <source>&amp;Do-not-contact list…</source>
        <translation>Ä&amp;lä ota yhteyttä -lista…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="178"/>
        <source>&amp;Presentation</source>
        <translation>Esi&amp;tys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="180"/>
        <source>Show the segments one at a time on the whole screen, in large type (F11)</source>
        <translation>Näytä segmentit yksi kerrallaan koko näytöllä suurella tekstillä (F11)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="184"/>
        <source>S&amp;mallest useful segment…</source>
        <translation>&amp;Pienin hyödyllinen segmentti…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="190"/>
        <source>System &amp;default</source>
        <translation>&amp;Järjestelmän oletus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="203"/>
        <source>Show &amp;me around</source>
        <translation>&amp;Esittelykierros</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="253"/>
        <source>Demo mode</source>
        <translation>Esittelytila</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="254"/>
        <source>Making up names for the customers…</source>
        <translation>Keksitään asiakkaille nimiä…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="186"/>
        <source>&amp;Backups and autosave…</source>
        <translation>&amp;Varmuuskopiot ja automaattinen tallennus…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="149"/>
        <source>New from &amp;template…</source>
        <translation>Uusi ma&amp;llista…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="151"/>
        <source>Ready-made segments grouped by goal, each with its count on your data</source>
        <translation>Valmiit segmentit tavoitteen mukaan ryhmiteltyinä, jokaisessa asiakasmäärä omista tiedoistasi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="188"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="199"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Pikaopas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="201"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Näppäinoikotiet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="204"/>
        <source>A short tour of the window: import, build, read the count, check consent, export</source>
        <translation>Lyhyt kierros ikkunassa: tuonti, segmentin rakentaminen, määrä, markkinointilupa ja vienti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="208"/>
        <source>&amp;About SegmentDesk</source>
        <translation>&amp;Tietoja SegmentDeskistä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/actions.py" line="210"/>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="121"/>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="123"/>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="130"/>
        <source>No data yet: File ▸ Import customers… (Ctrl+I)</source>
        <translation>Ei vielä tietoja: Tiedosto ▸ Tuo asiakkaat… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="134"/>
        <source>%1 customers · %2 orders · dates measured on %3</source>
        <translation>%1 asiakasta · %2 tilausta · tilanne %3</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="74"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="75"/>
        <source>SegmentDesk projects and customer files (%1)</source>
        <translation>SegmentDesk-projektit ja asiakastiedostot (%1)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="95"/>
        <source>%1 is being changed by a command-line run; it opens when the run has finished…</source>
        <translation>Komentoriviajo muuttaa tiedostoa %1; se avautuu, kun ajo on valmis…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="117"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="176"/>
        <source>Opening</source>
        <translation>Avataan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="118"/>
        <source>Opening %1…</source>
        <translation>Avataan %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="127"/>
        <location filename="../../segmentdesk/ui/project_guard.py" line="140"/>
        <source>Cannot open the project</source>
        <translation>Projektia ei voi avata</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="138"/>
        <source>Opened %1</source>
        <translation>Avattu %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="142"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="362"/>
        <source>No backup was made: %1</source>
        <translation>Varmuuskopiota ei tehty: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="177"/>
        <source>Opening the sample shop…</source>
        <translation>Avataan esimerkkikauppaa…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="180"/>
        <source>Cannot open the sample shop</source>
        <translation>Esimerkkikauppaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="200"/>
        <source>Import customers</source>
        <translation>Tuo asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="209"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="223"/>
        <source>Demo mode is on</source>
        <translation>Esittelytila on päällä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="210"/>
        <source>Importing shows the file&apos;s own rows, names and addresses included. Turn demo mode off (View ▸ Demo mode) to import.</source>
        <translation>Tuonti näyttää tiedoston omat rivit nimineen ja osoitteineen. Poista esittelytila käytöstä (Näytä ▸ Esittelytila) tuodaksesi.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="217"/>
        <source>Update or replace?</source>
        <translation>Päivitetäänkö vai korvataanko?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="218"/>
        <source>The project already has %1 customers. Is this file a newer export of the same list?

Yes: update them — customers are matched by customer number or email, new ones are added and missing ones kept and flagged.
No: replace them with the file&apos;s customers.</source>
        <translation>Projektissa on jo %1 asiakasta. Onko tämä tiedosto uudempi vienti samasta asiakaslistasta?

Kyllä: päivitä asiakkaat — ne yhdistetään asiakasnumeron tai sähköpostin perusteella, uudet lisätään ja puuttuvat säilytetään merkittyinä.
Ei: korvaa asiakkaat tiedoston asiakkailla.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="235"/>
        <source>Cannot import this file</source>
        <translation>Tiedostoa ei voi tuoda</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="264"/>
        <source>Imported %1</source>
        <translation>Tuotu %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="266"/>
        <source>%1 unsubscribed or bounced addresses on the do-not-contact list</source>
        <translation>%1 peruttua tai palautunutta osoitetta älä ota yhteyttä -listalla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="271"/>
        <source>%1 data-quality notes: File ▸ Data quality…</source>
        <translation>%1 huomiota tietojen laadusta: Tiedosto ▸ Tietojen laatu…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="277"/>
        <source>Customers updated</source>
        <translation>Asiakkaat päivitetty</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="278"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 missing from the new file. The missing ones are kept and marked in the field “%5”, so a segment can find them.</source>
        <translation>%1 uutta, %2 muuttunutta, %3 ennallaan, %4 puuttui uudesta tiedostosta. Puuttuvat säilytetään ja merkitään kenttään ”%5”, joten segmentti löytää heidät.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="286"/>
        <source>Customers replaced</source>
        <translation>Asiakkaat korvattu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="287"/>
        <source>The new file and the project share no customer number or email column, so the customers could not be matched; the project now holds the new file&apos;s customers.</source>
        <translation>Uudessa tiedostossa ja projektissa ei ole yhteistä asiakasnumero- tai sähköpostisaraketta, joten asiakkaita ei voitu yhdistää; projektissa ovat nyt uuden tiedoston asiakkaat.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="299"/>
        <source>customers.segdesk</source>
        <translation>asiakkaat.segdesk</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="301"/>
        <source>Save project</source>
        <translation>Tallenna projekti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="303"/>
        <source>SegmentDesk project (*.segdesk)</source>
        <translation>SegmentDesk-projekti (*.segdesk)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="44"/>
        <source>%1 is open in SegmentDesk %2. Save the project under another name.</source>
        <translation>%1 on auki SegmentDeskissä %2. Tallenna projekti toisella nimellä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="339"/>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="340"/>
        <source>Saving %1…</source>
        <translation>Tallennetaan %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="317"/>
        <location filename="../../segmentdesk/ui/project_files.py" line="350"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="237"/>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="347"/>
        <source>Autosave failed: %1</source>
        <translation>Automaattinen tallennus epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="358"/>
        <source>Autosaved %1</source>
        <translation>Tallennettu automaattisesti: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="359"/>
        <location filename="../../segmentdesk/ui/main_window.py" line="239"/>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="371"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_files.py" line="372"/>
        <source>Save the changes to this project first?</source>
        <translation>Tallennetaanko projektin muutokset ensin?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="202"/>
        <source>Import segment files</source>
        <translation>Tuo segmenttitiedostoja</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="203"/>
        <source>Segment files (*.segment.json *.json)</source>
        <translation>Segmenttitiedostot (*.segment.json *.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="210"/>
        <source>Cannot use this segment file</source>
        <translation>Segmenttitiedostoa ei voi käyttää</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="224"/>
        <source>This segment&apos;s rule names customers (their emails, names or addresses), and a segment file would hand them over. Turn demo mode off (View ▸ Demo mode) to export it.</source>
        <translation>Tämän segmentin sääntö nimeää asiakkaita (heidän sähköpostejaan, nimiään tai osoitteitaan), ja segmenttitiedosto luovuttaisi ne. Poista esittelytila käytöstä (Näytä ▸ Esittelytila) viedäksesi sen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="228"/>
        <source>Export segment file</source>
        <translation>Vie segmenttitiedosto</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="229"/>
        <source>Segment files (*.segment.json)</source>
        <translation>Segmenttitiedostot (*.segment.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="252"/>
        <source>Delete segment</source>
        <translation>Poista segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="253"/>
        <source>Delete the segment “%1”?</source>
        <translation>Poistetaanko segmentti ”%1”?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="260"/>
        <source>Smallest useful segment</source>
        <translation>Pienin hyödyllinen segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="261"/>
        <source>Warn when a segment has fewer reachable customers than:</source>
        <translation>Varoita, kun segmentissä on tavoitettavia asiakkaita vähemmän kuin:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="303"/>
        <source>This language is already in use.</source>
        <translation>Tämä kieli on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="306"/>
        <source>The new language is used once SegmentDesk starts again. Restart now? You are asked to save your changes first; the project opens again.</source>
        <translation>Uusi kieli otetaan käyttöön, kun SegmentDesk käynnistyy uudelleen. Käynnistetäänkö nyt? Muutokset voi ensin tallentaa; projekti avautuu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="314"/>
        <source>SegmentDesk could not be started again; start it yourself to use the new language.</source>
        <translation>SegmentDeskiä ei voitu käynnistää uudelleen; käynnistä se itse, niin uusi kieli on käytössä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="361"/>
        <source>About SegmentDesk</source>
        <translation>Tietoja SegmentDeskistä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="368"/>
        <source>Built %1 from commit %2.</source>
        <translation>Koottu %1 lähdekoodin versiosta %2.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="371"/>
        <source>Run from the source code, not a built bundle.</source>
        <translation>Käynnistetty lähdekoodista, ei asennuspaketista.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/main_window.py" line="373"/>
        <source>SegmentDesk %1
Customer segmentation for small shops. Your data never leaves this computer.

Postal code areas: Statistics Finland, Paavo 2025 (CC BY 4.0).</source>
        <translation>SegmentDesk %1
Asiakassegmentointi pienille kaupoille. Tietosi eivät koskaan poistu tältä tietokoneelta.

Postinumeroalueet: Tilastokeskus, Paavo 2025 (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="38"/>
        <source>The folder of %1 cannot be written. Save the project somewhere else.</source>
        <translation>Projektin %1 kansioon ei voi kirjoittaa. Tallenna projekti muualle.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="41"/>
        <source>%1 is being changed by a command-line run %2. Try again when it has finished, or save under another name.</source>
        <translation>Komentoriviajo muuttaa tiedostoa %1 (%2). Yritä uudelleen, kun ajo on valmis, tai tallenna toisella nimellä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="51"/>
        <source>by someone whose lock file SegmentDesk cannot read</source>
        <translation>jollakulla, jonka lukitustiedostoa SegmentDesk ei pysty lukemaan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="53"/>
        <source>on %1 by %2 since %3</source>
        <translation>koneella %1 (käyttäjä %2) %3 alkaen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="141"/>
        <source>SegmentDesk has a backup of this project from %1. Open the latest backup? The damaged file is kept beside it.</source>
        <translation>SegmentDeskillä on tästä projektista varmuuskopio ajalta %1. Avataanko uusin varmuuskopio? Vahingoittunut tiedosto säilytetään sen vieressä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="150"/>
        <source>Cannot open the backup</source>
        <translation>Varmuuskopiota ei voi avata</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="154"/>
        <source>Backup opened</source>
        <translation>Varmuuskopio avattu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="155"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Vahingoittunut tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="162"/>
        <location filename="../../segmentdesk/ui/project_guard.py" line="167"/>
        <source>Opened read-only</source>
        <translation>Avattu vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="163"/>
        <source>The folder of %1 cannot be written, so the project opens read-only: keep your own copy with File ▸ Save As.</source>
        <translation>Projektin %1 kansioon ei voi kirjoittaa, joten projekti avataan vain luku -tilassa: tallenna oma kopio valinnalla Tiedosto ▸ Tallenna nimellä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="168"/>
        <source>%1 is open in SegmentDesk %2.

It opens read-only, so that neither of you loses changes: you can look and export, and keep your own copy with File ▸ Save As.</source>
        <translation>%1 on auki SegmentDeskissä %2.

Se avataan vain luku -tilassa, jotta kumpikaan ei menetä muutoksiaan: voit katsoa ja viedä tietoja sekä tallentaa oman kopion valinnalla Tiedosto ▸ Tallenna nimellä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="178"/>
        <source>⚠ In a %1 folder: open it on one computer at a time</source>
        <translation>⚠ %1-kansiossa: avaa vain yhdellä tietokoneella kerrallaan</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/project_guard.py" line="179"/>
        <source>This project lies in a folder %1 copies between computers. If it is opened on two computers at once, both may write to it and one computer&apos;s changes can be lost or the file damaged: SegmentDesk&apos;s lock cannot see the other computer until %1 has synced. Open it on one computer at a time, or keep it in a folder that is not synced.</source>
        <translation>Tämä projekti on kansiossa, jonka %1 kopioi tietokoneiden välillä. Jos se avataan kahdella tietokoneella yhtä aikaa, molemmat voivat kirjoittaa siihen, jolloin toisen koneen muutokset voivat kadota tai tiedosto vahingoittua: SegmentDeskin lukitus ei näe toista konetta ennen kuin %1 on synkronoinut. Avaa projekti yhdellä tietokoneella kerrallaan tai pidä se kansiossa, jota ei synkronoida.</translation>
    </message>
</context>
<context>
    <name>OverlapDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="68"/>
        <source>Overlap between segments</source>
        <translation>Segmenttien päällekkäisyys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="75"/>
        <source>Segment (in priority order)</source>
        <translation>Segmentti (tärkeysjärjestyksessä)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="75"/>
        <source>On its own</source>
        <translation>Yksinään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="76"/>
        <source>One mailing each</source>
        <translation>Yksi viesti kullekin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="144"/>
        <source>In no segment</source>
        <translation>Ei missään segmentissä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="85"/>
        <source>Overlap</source>
        <translation>Päällekkäisyys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="86"/>
        <source>One mailing per customer</source>
        <translation>Yksi viesti asiakasta kohden</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/overlap_dialog.py" line="90"/>
        <source>Each cell: customers in the row&apos;s segment who are also in the column&apos;s segment, and their share of the row. “One mailing each” gives every customer to the first segment in the list that matches; reorder the list to change priorities.</source>
        <translation>Kukin solu: rivin segmentin asiakkaat, jotka kuuluvat myös sarakkeen segmenttiin, ja heidän osuutensa rivistä. ”Yksi viesti kullekin” antaa jokaisen asiakkaan listan ensimmäiselle sopivalle segmentille; muuta tärkeysjärjestystä siirtämällä segmenttejä listassa.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="52"/>
        <source>Open a project or import customers to see the overview.</source>
        <translation>Avaa projekti tai tuo asiakkaat, niin näet yleiskuvan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="54"/>
        <source>customers</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="55"/>
        <source>have bought</source>
        <translation>on ostanut</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="56"/>
        <source>revenue, all orders</source>
        <translation>myynti, kaikki tilaukset</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="57"/>
        <source>average order</source>
        <translation>keskiostos</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="58"/>
        <source>can be emailed</source>
        <translation>tavoitettavissa sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="63"/>
        <source>revenue-by-month</source>
        <translation>myynti-kuukausittain</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="64"/>
        <source>segment-sizes</source>
        <translation>segmenttien-koot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="65"/>
        <source>rfm-groups</source>
        <translation>rfm-ryhmat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="98"/>
        <source>%1 of the customers</source>
        <translation>%1 asiakkaista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="100"/>
        <source>%1 orders</source>
        <translation>%1 tilausta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/overview_page.py" line="103"/>
        <source>%1 of the customers have a valid email address and marketing consent</source>
        <translation>%1 asiakkaista on toimiva sähköpostiosoite ja markkinointilupa</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="197"/>
        <source>Length of the period</source>
        <translation>Ajanjakson pituus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="198"/>
        <source>Unit of the period</source>
        <translation>Ajanjakson yksikkö</translation>
    </message>
</context>
<context>
    <name>PeriodParameterEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="54"/>
        <source>in the last %1</source>
        <translation>viimeisen %1 aikana</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="57"/>
        <source>Length of the period</source>
        <translation>Jakson pituus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/parameter_editors.py" line="58"/>
        <source>Unit of the period</source>
        <translation>Jakson yksikkö</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="66"/>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="150"/>
        <source>Presentation</source>
        <translation>Esitys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="90"/>
        <source>→ Space: next   ← : back   Esc: leave</source>
        <translation>→ välilyönti: seuraava   ← : edellinen   Esc: lopeta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/presentation_view.py" line="140"/>
        <source>Preparing this slide…</source>
        <translation>Diaa valmistellaan…</translation>
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
        <translation>Tallenna ensin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="34"/>
        <source>Save the project first: this works on the saved project file.</source>
        <translation>Tallenna projekti ensin: tämä toimii tallennetussa projektitiedostossa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="40"/>
        <source>Email address or customer number:</source>
        <translation>Sähköpostiosoite tai asiakasnumero:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="49"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="53"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="60"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="72"/>
        <source>Erase person</source>
        <translation>Poista henkilö</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="54"/>
        <source>Erase %1 for good from this project, its snapshots, its log and all its backups? Their address goes on the do-not-contact list. This cannot be undone.</source>
        <translation>Poistetaanko %1 pysyvästi tästä projektista, sen tilannekuvista, lokista ja kaikista varmuuskopioista? Osoite lisätään älä ota yhteyttä -listalle. Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="65"/>
        <source>Erasing %1…</source>
        <translation>Poistetaan %1…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="73"/>
        <source>Erased %1 customer(s) and %2 order(s); %3 backup(s) erased too.</source>
        <translation>Poistettu %1 asiakas(ta) ja %2 tilaus(ta); myös %3 varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="81"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="86"/>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="97"/>
        <source>Export person&apos;s data</source>
        <translation>Vie henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="84"/>
        <source>Page for the person (*.html)</source>
        <translation>Sivu henkilölle (*.html)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="87"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-tiedosto (*.json)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="101"/>
        <source>Wrote %1.</source>
        <translation>Kirjoitettu %1.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/privacy_flows.py" line="111"/>
        <source>%1 address(es) added to the do-not-contact list.</source>
        <translation>%1 osoite(tta) lisätty älä ota yhteyttä -listalle.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="76"/>
        <source>Segment to profile</source>
        <translation>Profiloitava segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="80"/>
        <source>Segment:</source>
        <translation>Segmentti:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="92"/>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="93"/>
        <source>Persona card</source>
        <translation>Personakortti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="94"/>
        <source>Compare</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="121"/>
        <source>profile-index</source>
        <translation>profiili-indeksi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="138"/>
        <source>A name for the typical customer, e.g. Yoga-loving Johanna</source>
        <translation>Nimi tyypilliselle asiakkaalle, esim. Joogaava Johanna</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="141"/>
        <source>A few lines in your own words: who they are, what they buy and when, what they care about, how to talk to them.</source>
        <translation>Muutama rivi omin sanoin: keitä he ovat, mitä ja milloin he ostavat, mistä he välittävät, miten heitä puhutellaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="145"/>
        <source>Save persona</source>
        <translation>Tallenna persona</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="146"/>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="152"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="153"/>
        <source>In your words:</source>
        <translation>Omin sanoin:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="158"/>
        <source>The card beside shows what you write with the segment&apos;s own figures. It is saved with the segment, in the project.</source>
        <translation>Viereinen kortti näyttää kirjoittamasi tekstin segmentin omien lukujen kanssa. Se tallentuu segmentin mukana projektiin.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="198"/>
        <source>Segments to compare</source>
        <translation>Vertailtavat segmentit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="203"/>
        <source>Compare with:</source>
        <translation>Vertaa segmentteihin:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="218"/>
        <source>Open a project or import customers to see profiles.</source>
        <translation>Avaa projekti tai tuo asiakkaat nähdäksesi profiilit.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="219"/>
        <source>Make a segment in the Segments tab to see who is in it.</source>
        <translation>Tee segmentti Segmentit-välilehdellä nähdäksesi, keitä siihen kuuluu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="298"/>
        <source>%Ln customer(s), %1 of all</source>
        <translation>
            <numerusform>%Ln asiakas, %1 kaikista</numerusform>
            <numerusform>%Ln asiakasta, %1 kaikista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="325"/>
        <source>Compared with all customers</source>
        <translation>Verrattuna kaikkiin asiakkaisiin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="350"/>
        <source>(no name yet)</source>
        <translation>(ei vielä nimeä)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="352"/>
        <source>Segment “%1”</source>
        <translation>Segmentti ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/profiles_page.py" line="369"/>
        <source>Tick segments on the left to see them side by side.</source>
        <translation>Valitse vasemmalta segmentit, niin näet ne rinnakkain.</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../segmentdesk/ui/progress_job.py" line="27"/>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/project_files.py" line="153"/>
        <source>%n value(s) you edited in SegmentDesk were kept where the new file says otherwise: %1</source>
        <translation>
            <numerusform>%n SegmentDeskissä muokattu arvo säilytettiin, vaikka uudessa tiedostossa se on toisin: %1</numerusform>
            <numerusform>%n SegmentDeskissä muokattua arvoa säilytettiin, vaikka uudessa tiedostossa ne ovat toisin: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="34"/>
        <source>Data quality</source>
        <translation>Tietojen laatu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="49"/>
        <source>Checking the data…</source>
        <translation>Tarkistetaan tietoja…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="85"/>
        <source>Nothing to report: the data looks clean.</source>
        <translation>Ei huomautettavaa: tiedot näyttävät siisteiltä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/quality_dialog.py" line="86"/>
        <source>These are reported, not changed. Correct them in the source file and import it again, or keep them in mind when you export.</source>
        <translation>Näistä vain kerrotaan, niitä ei muuteta. Korjaa ne lähdetiedostoon ja tuo se uudelleen, tai muista ne viedessäsi listoja.</translation>
    </message>
</context>
<context>
    <name>QuickGuideDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="24"/>
        <source>Quick guide</source>
        <translation>Pikaopas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="26"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="26"/>
        <source>File ▸ Import customers… (or drop the file on the window) reads your customer file and, if you have one, your order file. The sample shop lets you try everything first.</source>
        <translation>Tiedosto ▸ Tuo asiakkaat… (tai tiedoston pudottaminen ikkunaan) lukee asiakastiedostosi ja, jos sinulla on, tilaustiedostosi. Esimerkkikaupassa voit kokeilla kaikkea ensin.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="29"/>
        <source>Build</source>
        <translation>Rakenna</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="29"/>
        <source>Give the segment a name and add conditions: who bought in the last year, who lives in Uusimaa, who spent over 200 €. Segment ▸ New from template gives a ready-made start.</source>
        <translation>Anna segmentille nimi ja lisää ehtoja: ketkä ostivat viime vuoden aikana, ketkä asuvat Uudellamaalla, ketkä ostivat yli 200 eurolla. Segmentti ▸ Uusi mallista antaa valmiin alun.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="32"/>
        <source>Read the count</source>
        <translation>Lue määrä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="32"/>
        <source>Below the conditions you see at once how many customers match, their share of all customers and of revenue.</source>
        <translation>Ehtojen alla näet heti, moniko asiakas täyttää ehdot ja heidän osuutensa kaikista asiakkaista ja liikevaihdosta.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="34"/>
        <source>Check consent</source>
        <translation>Tarkista markkinointilupa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="34"/>
        <source>Only customers with marketing consent and a valid email address are reachable; the count says how many. Customers on the do-not-contact list are never exported.</source>
        <translation>Vain asiakkaat, joilla on markkinointilupa ja kelvollinen sähköpostiosoite, ovat tavoitettavissa; määrän kohdalla kerrotaan, moniko. Älä ota yhteyttä -listalla olevia ei viedä koskaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="37"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="37"/>
        <source>File ▸ Export… writes the segments to an Excel workbook or a CSV file for your mailing service.</source>
        <translation>Tiedosto ▸ Vie… kirjoittaa segmentit Excel-työkirjaan tai CSV-tiedostoon postituspalveluasi varten.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="48"/>
        <source>Show me around</source>
        <translation>Esittelykierros</translation>
    </message>
</context>
<context>
    <name>RfmMapDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="39"/>
        <source>RFM groups</source>
        <translation>RFM-ryhmät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="42"/>
        <source>Choose the group of each cell. Rows are recency (5 = bought most recently), columns frequency (5 = buys most often). Every customer with orders falls in exactly one cell, so every cell needs a group.</source>
        <translation>Valitse kullekin ruudulle ryhmä. Rivit ovat tuoreus (5 = ostanut viimeksi), sarakkeet ostotiheys (5 = ostaa useimmin). Jokainen ostanut asiakas osuu täsmälleen yhteen ruutuun, joten jokainen ruutu tarvitsee ryhmän.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="49"/>
        <source>This map also weighs spend. The grid shows each cell&apos;s group at a middle spend score; saving it makes a grid without spend.</source>
        <translation>Tämä jako ottaa huomioon myös ostojen summan. Ruudukko näyttää kunkin ruudun ryhmän keskimmäisellä summapisteellä; tallennettu jako ei enää huomioi summaa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="56"/>
        <source>Recency ↓ · Frequency →</source>
        <translation>Tuoreus ↓ · Ostotiheys →</translation>
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
        <translation>Ruudun R%1 F%2 ryhmä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="78"/>
        <source>&amp;Default grid</source>
        <translation>&amp;Oletusjako</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/rfm_map_dialog.py" line="79"/>
        <source>Put every cell back in its group of the default grid</source>
        <translation>Palauta jokainen ruutu oletusjaon ryhmäänsä</translation>
    </message>
</context>
<context>
    <name>RfmPage</name>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="56"/>
        <source>RFM needs orders with dates: import an order file to see it.</source>
        <translation>RFM tarvitsee päivättyjä tilauksia: tuo tilaustiedosto, niin näet sen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="61"/>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="61"/>
        <source>Revenue</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="62"/>
        <source>Average spend</source>
        <translation>Keskiostot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="68"/>
        <source>RFM groups</source>
        <translation>RFM-ryhmät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="69"/>
        <source>Which cells of the grid make each RFM group</source>
        <translation>Mitkä ruudukon ruudut kuuluvat kuhunkin RFM-ryhmään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="70"/>
        <source>Recency × frequency</source>
        <translation>Tuoreus × ostotiheys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="71"/>
        <source>Recency × frequency, spend weighed</source>
        <translation>Tuoreus × ostotiheys, summa huomioiden</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="74"/>
        <source>Edit groups…</source>
        <translation>Muokkaa ryhmiä…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="75"/>
        <source>Choose which group each cell of the grid belongs to</source>
        <translation>Valitse, mihin ryhmään kukin ruudukon ruutu kuuluu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="78"/>
        <source>Cells show:</source>
        <translation>Ruuduissa:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="81"/>
        <source>Groups:</source>
        <translation>Ryhmät:</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="87"/>
        <source>rfm-grid</source>
        <translation>rfm-ruudukko</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="89"/>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="270"/>
        <source>Click a cell of the grid to see its customers.</source>
        <translation>Napsauta ruudukon ruutua, niin näet sen asiakkaat.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="91"/>
        <source>Make a segment of this cell</source>
        <translation>Tee ruudusta segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="112"/>
        <source>Revenue share</source>
        <translation>Osuus liikevaihdosta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="126"/>
        <source>Make a segment of this group</source>
        <translation>Tee ryhmästä segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="180"/>
        <source>Your own grid</source>
        <translation>Oma jako</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="212"/>
        <source>%1 customers have bought; %2 have no purchases yet (at %3).</source>
        <translation>%1 asiakasta on ostanut; %2 ei ole vielä ostanut (tilanne %3).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="237"/>
        <source>Suggested action</source>
        <translation>Ehdotettu toimenpide</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rfm_page.py" line="276"/>
        <source>R%1 · F%2: %3 customers</source>
        <translation>R%1 · F%2: %3 asiakasta</translation>
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
        <translation>Ostorytmi tarvitsee päivättyjä tilauksia: tuo tilaustiedosto, niin näet sen.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="62"/>
        <source>Churn-risk bands</source>
        <translation>Menetysriskin tasot</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="63"/>
        <source>Churn risk</source>
        <translation>Menetysriski</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="63"/>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="64"/>
        <source>Revenue share</source>
        <translation>Osuus liikevaihdosta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="67"/>
        <source>Make a segment of this band</source>
        <translation>Tee tasosta segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="87"/>
        <source>Most overdue customers</source>
        <translation>Eniten myöhässä olevat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="88"/>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="88"/>
        <source>Days overdue</source>
        <translation>Myöhässä (päivää)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="89"/>
        <source>Usual days between orders</source>
        <translation>Tavallinen tilausväli (päivää)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="89"/>
        <source>Last order</source>
        <translation>Viimeisin tilaus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="90"/>
        <source>Expected next order</source>
        <translation>Odotettu seuraava tilaus</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="135"/>
        <source>&lt;b&gt;%1&lt;/b&gt; customers buy again (orders on at least two days); %2 have bought on one day only and %3 not yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; asiakasta ostaa uudelleen (tilauksia vähintään kahtena päivänä); %2 on ostanut vain yhtenä päivänä ja %3 ei vielä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="165"/>
        <source>Showing %1 of the %2 customers overdue by their own rhythm, the most overdue first.</source>
        <translation>Näytetään %1 / %2 omasta rytmistään myöhässä olevasta asiakkaasta, eniten myöhässä olevat ensin.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="139"/>
        <source>A repeat customer usually orders every &lt;b&gt;%1&lt;/b&gt; days (the median).</source>
        <translation>Toistuva ostaja tilaa tavallisesti &lt;b&gt;%1&lt;/b&gt; päivän välein (mediaani).</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="167"/>
        <source>Nobody is overdue by their own rhythm.</source>
        <translation>Kukaan ei ole myöhässä omasta rytmistään.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="187"/>
        <source>Buying on their usual rhythm. Keep them informed; they need no push.</source>
        <translation>Ostavat tavallisessa rytmissään. Pidä heidät ajan tasalla; he eivät tarvitse tuuppausta.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="188"/>
        <source>Later than usual by their own rhythm. A reminder or a small reason to come back now works best while they still remember you.</source>
        <translation>Tavallista myöhemmässä omaan rytmiinsä nähden. Muistutus tai pieni syy palata juuri nyt toimii parhaiten, kun he vielä muistavat sinut.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="190"/>
        <source>Long past their usual rhythm. Try a personal win-back offer, or ask them why they stopped.</source>
        <translation>Selvästi ohi tavallisen rytminsä. Kokeile henkilökohtaista paluutarjousta tai kysy, miksi he lopettivat.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/analysis/rhythm_page.py" line="201"/>
        <source>Churn risk: %1</source>
        <translation>Menetysriski: %1</translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Column in file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="21"/>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="22"/>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="46"/>
        <source>(custom field)</source>
        <translation>(oma kenttä)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="51"/>
        <source>Meaning of column %1</source>
        <translation>Sarakkeen %1 merkitys</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="53"/>
        <source>from the heading</source>
        <translation>otsikosta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="53"/>
        <source>from the values</source>
        <translation>arvoista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="54"/>
        <source>as last time</source>
        <translation>kuten viime kerralla</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/roles_table.py" line="55"/>
        <source>%1 export</source>
        <translation>%1-vienti</translation>
    </message>
</context>
<context>
    <name>SegmentBuilderPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="69"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="70"/>
        <source>Segment name</source>
        <translation>Segmentin nimi</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="75"/>
        <source>Start from a template…</source>
        <translation>Aloita mallista…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="77"/>
        <source>Segment ▸ New from template: ready-made segments such as lapsed customers or best customers</source>
        <translation>Segmentti ▸ Uusi mallista: valmiita segmenttejä, kuten hiipuneet asiakkaat tai parhaat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="113"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="142"/>
        <source>Import a customer file, then create a segment to start.</source>
        <translation>Aloita tuomalla asiakastiedosto ja luomalla segmentti.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="165"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="343"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="167"/>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="343"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="347"/>
        <source>Move to group</source>
        <translation>Siirrä ryhmään</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="367"/>
        <source>Top level</source>
        <translation>Ylin taso</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="371"/>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="375"/>
        <source>%1 of: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="421"/>
        <source>That name is empty or already used by another segment.</source>
        <translation>Nimi on tyhjä tai jo toisen segmentin käytössä.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="444"/>
        <source>Incomplete condition</source>
        <translation>Keskeneräinen ehto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="451"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="453"/>
        <source>%1 of all %2 customers · %3 reachable by email · %4 of revenue</source>
        <translation>%1 kaikista %2 asiakkaasta · %3 tavoitettavissa sähköpostilla · %4 liikevaihdosta</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_builder.py" line="460"/>
        <source>Average spend %1 per customer (all customers: %2)</source>
        <translation>Ostot keskimäärin %1 asiakasta kohden (kaikki asiakkaat: %2)</translation>
    </message>
</context>
<context>
    <name>SegmentChoiceEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="246"/>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../segmentdesk/ui/models/segment_list_model.py" line="77"/>
        <source>Drag to change the order (or Ctrl+Up / Ctrl+Down): where a customer may be in only one segment, the higher one wins.</source>
        <translation>Muuta järjestystä vetämällä (tai Ctrl+Ylös / Ctrl+Alas): kun asiakas saa kuulua vain yhteen segmenttiin, ylempi voittaa.</translation>
    </message>
</context>
<context>
    <name>SegmentListPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="54"/>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="61"/>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="66"/>
        <source>&amp;New segment</source>
        <translation>&amp;Uusi segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="68"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="70"/>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeä uudelleen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="72"/>
        <source>Move u&amp;p</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="74"/>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/segment_list_panel.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>P&amp;oista</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="256"/>
        <source>New segment</source>
        <translation>Uusi segmentti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="259"/>
        <source>New segment “%1”</source>
        <translation>Uusi segmentti ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="267"/>
        <source>Edit “%1”</source>
        <translation>Muokkaa ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="276"/>
        <source>Move group in “%1”</source>
        <translation>Siirrä ryhmää segmentissä ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="276"/>
        <source>Move condition in “%1”</source>
        <translation>Siirrä ehtoa segmentissä ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="291"/>
        <source>Rename “%1”</source>
        <translation>Nimeä uudelleen ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="301"/>
        <source>Edit the persona of “%1”</source>
        <translation>Muokkaa segmentin ”%1” personaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="306"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="309"/>
        <source>Duplicate “%1”</source>
        <translation>Monista ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="318"/>
        <source>Move “%1”</source>
        <translation>Siirrä ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="323"/>
        <source>Delete “%1”</source>
        <translation>Poista ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="395"/>
        <source>Edit customer %1</source>
        <translation>Muokkaa asiakasta %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="404"/>
        <source>New customer %1</source>
        <translation>Uusi asiakas %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/session.py" line="409"/>
        <source>Delete customer %1</source>
        <translation>Poista asiakas %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="92"/>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>Näppäinoikotiet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="95"/>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/help_dialogs.py" line="95"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="31"/>
        <source>Welcome to SegmentDesk</source>
        <translation>Tervetuloa SegmentDeskiin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="36"/>
        <source>Find the customers worth a message: start from your customer file, or look around in a made-up sample shop first.</source>
        <translation>Löydä asiakkaat, joille viesti kannattaa lähettää: aloita omasta asiakastiedostostasi tai tutustu ensin keksittyyn esimerkkikauppaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="40"/>
        <source>Import your customer file…</source>
        <translation>Tuo asiakastiedostosi…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="41"/>
        <source>Try the sample shop</source>
        <translation>Kokeile esimerkkikauppaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="43"/>
        <source>You can also drop a customer file (Excel or CSV) or a project on this window.</source>
        <translation>Voit myös pudottaa asiakastiedoston (Excel tai CSV) tai projektin tähän ikkunaan.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="47"/>
        <source>Recent projects</source>
        <translation>Viimeisimmät projektit</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/start_panel.py" line="105"/>
        <source>Open %1</source>
        <translation>Avaa %1</translation>
    </message>
</context>
<context>
    <name>StartShell</name>
    <message>
        <location filename="../../segmentdesk/ui/start_shell.py" line="33"/>
        <source>Starting SegmentDesk…</source>
        <translation>SegmentDesk käynnistyy…</translation>
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
        <translation>Lisää kyselyn vastaukset</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="37"/>
        <source>Demo mode is on: turn it off (View ▸ Demo mode) to add survey answers.</source>
        <translation>Esittelytila on päällä: poista se käytöstä (Näytä ▸ Esittelytila) lisätäksesi kyselyn vastauksia.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="42"/>
        <source>Import customers first: survey answers are joined to them by email.</source>
        <translation>Tuo ensin asiakkaat: kyselyn vastaukset yhdistetään heihin sähköpostiosoitteen perusteella.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="48"/>
        <source>Matching the responses to customers…</source>
        <translation>Yhdistetään vastauksia asiakkaisiin…</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/survey_flow.py" line="51"/>
        <source>Cannot add these answers</source>
        <translation>Vastauksia ei voi lisätä</translation>
    </message>
</context>
<context>
    <name>SurveySummaryDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="16"/>
        <source>Survey answers added</source>
        <translation>Kyselyn vastaukset lisätty</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="20"/>
        <source>%1%2: %3 of %4 responses matched a customer by email; %5 matched no customer.</source>
        <translation>%1%2: %3 / %4 vastauksesta löysi asiakkaan sähköpostiosoitteen perusteella; %5 ei löytänyt asiakasta.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="24"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="26"/>
        <source>Question (a psychographic field)</source>
        <translation>Kysymys (kenttä ryhmässä Kiinnostukset ja elämäntapa)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="26"/>
        <source>Read as</source>
        <translation>Luettu</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="27"/>
        <source>Answers</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="39"/>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="39"/>
        <source>(no email)</source>
        <translation>(ei sähköpostia)</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="49"/>
        <source>Likert answers are numbers (1 = strongly disagree … 5 = strongly agree), choices are tags, anything else text. Segments find them among the psychographic fields.</source>
        <translation>Likert-asteikon vastaukset ovat lukuja (1 = täysin eri mieltä … 5 = täysin samaa mieltä), valinnat tunnisteita ja muut tekstiä. Segmentit löytävät ne ryhmästä Kiinnostukset ja elämäntapa.</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/survey_dialog.py" line="54"/>
        <source>Responses that matched no customer (not saved):</source>
        <translation>Vastaukset, jotka eivät löytäneet asiakasta (ei tallennettu):</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="75"/>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="76"/>
        <source>Create the segment “%1”</source>
        <translation>Luo segmentti ”%1”</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="78"/>
        <source>When to use: %1</source>
        <translation>Milloin: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="107"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="109"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="29"/>
        <source>Welcome new customers</source>
        <translation>Tervehdi uusia asiakkaita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="30"/>
        <source>Reward your best customers</source>
        <translation>Palkitse parhaat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="31"/>
        <source>Win back quiet customers</source>
        <translation>Herättele hiljaiset asiakkaat</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="32"/>
        <source>Seasons and special days</source>
        <translation>Sesongit ja merkkipäivät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="33"/>
        <source>Reach and marketing consent</source>
        <translation>Tavoitettavuus ja markkinointilupa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="34"/>
        <source>Age groups</source>
        <translation>Ikäryhmät</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="36"/>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="48"/>
        <source>Needs an order file with: %1</source>
        <translation>Tarvitsee tilaustiedoston, jossa on: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="50"/>
        <source>Needs a column the order file does not have: %1</source>
        <translation>Tarvitsee sarakkeen, jota tilaustiedostossa ei ole: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="52"/>
        <source>Needs columns the order file does not have: %1</source>
        <translation>Tarvitsee sarakkeita, joita tilaustiedostossa ei ole: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="54"/>
        <source>Needs a column the customer file does not have: %1</source>
        <translation>Tarvitsee sarakkeen, jota asiakastiedostossa ei ole: %1</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="56"/>
        <source>Needs columns the customer file does not have: %1</source>
        <translation>Tarvitsee sarakkeita, joita asiakastiedostossa ei ole: %1</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="117"/>
        <source>Start from a template</source>
        <translation>Aloita mallista</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/template_gallery.py" line="124"/>
        <source>Ready-made segments for common goals. The numbers are your customers who match as of %1. Create one and change its conditions as you like.</source>
        <translation>Valmiita segmenttejä tavallisiin tarkoituksiin. Luvut kertovat, moniko asiakkaistasi täyttää ehdot %1. Luo segmentti ja muokkaa sen ehtoja vapaasti.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="60"/>
        <source>Type a value</source>
        <translation>Kirjoita arvo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="61"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
</context>
<context>
    <name>TextRangeEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="83"/>
        <source>from</source>
        <translation>alkaen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="83"/>
        <source>to</source>
        <translation>asti</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="69"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="70"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="133"/>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="138"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/tour_overlay.py" line="138"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/widgets/value_editors.py" line="41"/>
        <source>To</source>
        <translation>Asti</translation>
    </message>
</context>
<context>
    <name>_DeepGroupRow</name>
    <message>
        <location filename="../../segmentdesk/ui/widgets/group_editor.py" line="373"/>
        <source>A deeply nested group; it is kept as it is.</source>
        <translation>Syvälle sisäkkäinen ryhmä; se säilytetään sellaisenaan.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="14"/>
        <source>File exists</source>
        <translation>Tiedosto on jo olemassa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="16"/>
        <source>These files exist already:
%1

Replace them, or save with today&apos;s date in the name?</source>
        <translation>Nämä tiedostot ovat jo olemassa:
%1

Korvataanko ne, vai tallennetaanko nimeen tämä päivä?</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="18"/>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="19"/>
        <source>Save with date</source>
        <translation>Tallenna päivämäärällä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="29"/>
        <source>File in use</source>
        <translation>Tiedosto on käytössä</translation>
    </message>
    <message>
        <location filename="../../segmentdesk/ui/dialogs/export_questions.py" line="30"/>
        <source>%1 is open in another program, probably Excel. Close it there and choose Retry.</source>
        <translation>%1 on auki toisessa ohjelmassa, luultavasti Excelissä. Sulje se siellä ja valitse Yritä uudelleen.</translation>
    </message>
</context>
</TS>
