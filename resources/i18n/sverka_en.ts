<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="59" />
        <source>Adjudicate disagreements — Sverka</source>
        <translation>Adjudicate disagreements — Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="64" />
        <source>This article only</source>
        <translation>This article only</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="67" />
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="89" />
        <source>Label keys toggle a gold label · Enter or m: the majority · Alt+1…9: an annotator's choice · Ctrl+Z undo</source>
        <translation>Label keys toggle a gold label · Enter or m: the majority · Alt+1…9: an annotator's choice · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="99" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="100" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="177" />
        <source>every label</source>
        <translation>every label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="216" />
        <source>%1 disagreements, %2 decided</source>
        <translation>%1 disagreements, %2 decided</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="228" />
        <source>No disagreements: every sentence labeled by two or more people agrees.</source>
        <translation>No disagreements: every sentence labeled by two or more people agrees.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="237" />
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="116" />
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="117" />
        <source>post-edited</source>
        <translation>post-edited</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="144" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="144" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="184" />
        <source>no aligned sentence (%1)</source>
        <translation>no aligned sentence (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="185" />
        <source> (set by hand)</source>
        <translation> (set by hand)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="187" />
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="189" />
        <source>auto, score %1</source>
        <translation>auto, score %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="191" />
        <source> — worth a check</source>
        <translation> — worth a check</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="193" />
        <source>not aligned yet (by position)</source>
        <translation>not aligned yet (by position)</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="224" />
        <source>Which translation is shown on the right</source>
        <translation>Which translation is shown on the right</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="252" />
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="255" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="256" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="38" />
        <source>Search both languages…</source>
        <translation>Search both languages…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="40" />
        <source>Full-text search over every language of every article (Ctrl+F)</source>
        <translation>Full-text search over every language of every article (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="42" />
        <source>Show articles with this status</source>
        <translation>Show articles with this status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="44" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="45" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="46" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="47" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="51" />
        <source>Every spelling of a name</source>
        <translation>Every spelling of a name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="52" />
        <source>“Alma-Ata” also finds Almaty, Алматы, Алма-Ате … (the names panel's entities)</source>
        <translation>“Alma-Ata” also finds Almaty, Алматы, Алма-Ате … (the names panel's entities)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="54" />
        <source>F3 next hit · Shift+F3 previous hit, across articles</source>
        <translation>F3 next hit · Shift+F3 previous hit, across articles</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="56" />
        <source>Show articles with a text in this language</source>
        <translation>Show articles with a text in this language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="57" />
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="94" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="95" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="96" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="98" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="104" />
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="105" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="106" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="125" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/charts.py" line="33" />
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="29" />
        <source>Dashboard — Sverka</source>
        <translation>Dashboard — Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="32" />
        <source>Progress per annotator (sentences labeled)</source>
        <translation>Progress per annotator (sentences labeled)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="33" />
        <source>Agreement per label (Krippendorff's alpha)</source>
        <translation>Agreement per label (Krippendorff's alpha)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="34" />
        <source>Label distribution (people's labels)</source>
        <translation>Label distribution (people's labels)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="35" />
        <source>Decisions per hour (UTC)</source>
        <translation>Decisions per hour (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="52" />
        <source>&amp;Save charts as PNG…</source>
        <translation>&amp;Save charts as PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="95" />
        <source>%1 people · %2 articles</source>
        <translation>%1 people · %2 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="110" />
        <source>Save charts in</source>
        <translation>Save charts in</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="114" />
        <source>Saved %1 charts in %2</source>
        <translation>Saved %1 charts in %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="108" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="171" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="248" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="114" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="120" />
        <source>the first translation</source>
        <translation>the first translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="123" />
        <source>Pair each original sentence with the translation in this language</source>
        <translation>Pair each original sentence with the translation in this language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="124" />
        <source>Only sentences with at least one label</source>
        <translation>Only sentences with at least one label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="125" />
        <source>Only sentences marked reviewed</source>
        <translation>Only sentences marked reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="126" />
        <source>Add normalized text (each name in the project's spelling)</source>
        <translation>Add normalized text (each name in the project's spelling)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="128" />
        <source>Adds text_normalized and translation_normalized; the stored text is unchanged</source>
        <translation>Adds text_normalized and translation_normalized; the stored text is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="130" />
        <source>Add the QA findings of each sentence's row</source>
        <translation>Add the QA findings of each sentence's row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="131" />
        <source>Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists</source>
        <translation>Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="132" />
        <source>Guard spreadsheet formulas (' before = + - @)</source>
        <translation>Guard spreadsheet formulas (' before = + - @)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="134" />
        <source>any label</source>
        <translation>any label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="135" />
        <source>any status</source>
        <translation>any status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="136" />
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="137" />
        <source>any language</source>
        <translation>any language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="147" />
        <source>Only the current article</source>
        <translation>Only the current article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="151" />
        <source>everyone's labels (people only)</source>
        <translation>everyone's labels (people only)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="152" />
        <source>majority of the people</source>
        <translation>majority of the people</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="153" />
        <source>gold, else majority</source>
        <translation>gold, else majority</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="157" />
        <source>only %1</source>
        <translation>only %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="158" />
        <source>Split into train / validation / test (a folder with a dataset card)</source>
        <translation>Split into train / validation / test (a folder with a dataset card)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="164" />
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="175" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="176" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="177" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="181" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="182" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="183" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="184" />
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="185" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="186" />
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="191" />
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="207" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="208" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="245" />
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="18" />
        <source>The schema whose labels the keys toggle</source>
        <translation>The schema whose labels the keys toggle</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="21" />
        <source>Click a label, or press its key, to toggle it on the current sentence</source>
        <translation>Click a label, or press its key, to toggle it on the current sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="25" />
        <source>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</source>
        <translation>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="27" />
        <source>Edit schema…</source>
        <translation>Edit schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="31" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="99" />
        <source>Search both languages…</source>
        <translation>Search both languages…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="112" />
        <location filename="../../desktop/sverka/ui/main_window.py" line="115" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="337" />
        <source>every language</source>
        <translation>every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="340" />
        <source>Languages of this project: %1</source>
        <translation>Languages of this project: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="380" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="386" />
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="388" />
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="411" />
        <source>No such project</source>
        <translation>No such project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="412" />
        <source>%1 does not exist. Create a new project there, or choose where?</source>
        <translation>%1 does not exist. Create a new project there, or choose where?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="416" />
        <source>&amp;Create it</source>
        <translation>&amp;Create it</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="434" />
        <source>Stopping the running job…</source>
        <translation>Stopping the running job…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="551" />
        <source>Sverka</source>
        <translation>Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="417" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="46" />
        <source>Translation models</source>
        <translation>Translation models</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="54" />
        <source>Sverka translates offline with Argos Translate models. Install a downloaded .argosmodel file, or download one from the Argos package index when online. With no direct model (e.g. kk→en) two models pivot (kk→ru, ru→en).</source>
        <translation>Sverka translates offline with Argos Translate models. Install a downloaded .argosmodel file, or download one from the Argos package index when online. With no direct model (e.g. kk→en) two models pivot (kk→ru, ru→en).</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="71" />
        <source>&amp;Install from file…</source>
        <translation>&amp;Install from file…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="72" />
        <source>Install a .argosmodel file (works offline)</source>
        <translation>Install a .argosmodel file (works offline)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="74" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="80" />
        <source>&amp;Download from index</source>
        <translation>&amp;Download from index</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="81" />
        <source>Fetch the model for this language pair from the Argos index</source>
        <translation>Fetch the model for this language pair from the Argos index</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="92" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="94" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="121" />
        <source>No model installed yet. Install a .argosmodel file to translate offline.</source>
        <translation>No model installed yet. Install a .argosmodel file to translate offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="139" />
        <source>Install translation model</source>
        <translation>Install translation model</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="147" />
        <source>Unpacking %1…</source>
        <translation>Unpacking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="154" />
        <source>Installing model…</source>
        <translation>Installing model…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="164" />
        <source>Downloading model…</source>
        <translation>Downloading model…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="179" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="189" />
        <source>Installed %1 (%2 → %3, version %4)</source>
        <translation>Installed %1 (%2 → %3, version %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="212" />
        <source>Remove model</source>
        <translation>Remove model</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="213" />
        <source>Remove %1? Machine texts made with it stay; translating again needs it reinstalled.</source>
        <translation>Remove %1? Machine texts made with it stay; translating again needs it reinstalled.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="225" />
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
</context>
<context>
    <name>MqmDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="129" />
        <source>Mark translation error (MQM)</source>
        <translation>Mark translation error (MQM)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="155" />
        <source>why, or the right wording</source>
        <translation>why, or the right wording</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="164" />
        <source>&amp;Span:</source>
        <translation>&amp;Span:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="166" />
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="167" />
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="168" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="169" />
        <source>Marked:</source>
        <translation>Marked:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="213" />
        <source> [span changed by a post-edit]</source>
        <translation> [span changed by a post-edit]</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="219" />
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>NamesDock</name>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="59" />
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="74" />
        <source>Search names in any script…</source>
        <translation>Search names in any script…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="98" />
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="99" />
        <source>Consistency</source>
        <translation>Consistency</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="124" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="126" />
        <source>Merge the selected entities into the most mentioned (M)</source>
        <translation>Merge the selected entities into the most mentioned (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="128" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="128" />
        <source>Make the selected spelling its own entity (S)</source>
        <translation>Make the selected spelling its own entity (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="129" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="129" />
        <source>Change the canonical name (F2)</source>
        <translation>Change the canonical name (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="131" />
        <source>Not a name</source>
        <translation>Not a name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="133" />
        <source>Hide these mentions from views and exports (Delete)</source>
        <translation>Hide these mentions from views and exports (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="135" />
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="135" />
        <source>Find name mentions in every article again</source>
        <translation>Find name mentions in every article again</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="216" />
        <source>Spellings of %1</source>
        <translation>Spellings of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="218" />
        <source>not a name</source>
        <translation>not a name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="224" />
        <source>Select a name to see its spellings</source>
        <translation>Select a name to see its spellings</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="249" />
        <source>%1, sentence %2</source>
        <translation>%1, sentence %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="259" />
        <source>%1 translated sentences use another spelling than the project's choice. Choose a spelling with L on a variant in the Entities tab.</source>
        <translation>%1 translated sentences use another spelling than the project's choice. Choose a spelling with L on a variant in the Entities tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="263" />
        <source>Consistency (%1)</source>
        <translation>Consistency (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="282" />
        <source>merge the selected names into the most mentioned</source>
        <translation>merge the selected names into the most mentioned</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="283" />
        <source>rename the selected name</source>
        <translation>rename the selected name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="286" />
        <source>not a name (the name, or the spelling in the spellings list)</source>
        <translation>not a name (the name, or the spelling in the spellings list)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="289" />
        <source>split the selected spelling out as its own name</source>
        <translation>split the selected spelling out as its own name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="290" />
        <source>use the selected spelling in its language</source>
        <translation>use the selected spelling in its language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="316" />
        <source>Merge into the most mentioned	M</source>
        <translation>Merge into the most mentioned	M</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="317" />
        <source>Rename…	F2</source>
        <translation>Rename…	F2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="318" />
        <source>Not a name	Delete</source>
        <translation>Not a name	Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="320" />
        <source>Split out as its own name	S</source>
        <translation>Split out as its own name	S</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="321" />
        <source>Use this spelling in its language	L</source>
        <translation>Use this spelling in its language	L</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="322" />
        <source>This spelling is not a name	Delete</source>
        <translation>This spelling is not a name	Delete</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/note.py" line="11" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/note.py" line="16" />
        <source>Note on this sentence (empty deletes it)</source>
        <translation>Note on this sentence (empty deletes it)</translation>
    </message>
</context>
<context>
    <name>PostEditDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="88" />
        <source>Post-edit sentence</source>
        <translation>Post-edit sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="99" />
        <source>Enter saves · Esc cancels · Ctrl+Z afterwards undoes the edit</source>
        <translation>Enter saves · Esc cancels · Ctrl+Z afterwards undoes the edit</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="37" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="40" />
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="48" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="41" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="42" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="54" />
        <source>Takes effect at the next start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="55" />
        <source>A label key also moves to the next sentence</source>
        <translation>A label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="59" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="66" />
        <source>Tools ▸ Translate missing fills this language (an ISO code: en, ru, kk…)</source>
        <translation>Tools ▸ Translate missing fills this language (an ISO code: en, ru, kk…)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="68" />
        <source>Your name on every label, note and undo step</source>
        <translation>Your name on every label, note and undo step</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="75" />
        <source>all, or codes such as ru, en, kk</source>
        <translation>all, or codes such as ru, en, kk</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="78" />
        <source>The languages detection chooses among when this project imports (ISO 639-1 codes, comma-separated; all: every language). Stored in the project; texts already imported keep their language.</source>
        <translation>The languages detection chooses among when this project imports (ISO 639-1 codes, comma-separated; all: every language). Stored in the project; texts already imported keep their language.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="92" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="93" />
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="95" />
        <source>Text size (pt)</source>
        <translation>Text size (pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="96" />
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="97" />
        <source>Machine translation into</source>
        <translation>Machine translation into</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="98" />
        <source>Languages of this project</source>
        <translation>Languages of this project</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <location filename="../../desktop/sverka/ui/workers.py" line="218" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="40" />
        <source>QA findings</source>
        <translation>QA findings</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="46" />
        <source>Omission</source>
        <translation>Omission</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="47" />
        <source>Addition</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="48" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="49" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="50" />
        <source>Untranslated</source>
        <translation>Untranslated</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="51" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="52" />
        <source>Punctuation</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="73" />
        <source>&amp;QA findings</source>
        <translation>&amp;QA findings</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="75" />
        <source>The QA checks of this translation: omissions, numbers, names… (Enter jumps, M records)</source>
        <translation>The QA checks of this translation: omissions, numbers, names… (Enter jumps, M records)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="84" />
        <source>record the selected QA finding as an MQM issue (Ctrl+Z undoes)</source>
        <translation>record the selected QA finding as an MQM issue (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="120" />
        <source>This article has no translation to check</source>
        <translation>This article has no translation to check</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="122" />
        <source>No QA findings in this translation</source>
        <translation>No QA findings in this translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="123" />
        <source>%1 findings. Enter jumps to the row, M records the finding as an MQM issue</source>
        <translation>%1 findings. Enter jumps to the row, M records the finding as an MQM issue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="162" />
        <source>The translation has no sentence to carry this issue</source>
        <translation>The translation has no sentence to carry this issue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="166" />
        <source>Recorded as MQM %1 (Ctrl+Z undoes)</source>
        <translation>Recorded as MQM %1 (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../desktop/sverka/ui/read_only.py" line="41" />
        <source>Read-only: %1. You can read, search and export this project; labels, notes and other changes cannot be saved. Make the file writable and open it again to edit.</source>
        <translation>Read-only: %1. You can read, search and export this project; labels, notes and other changes cannot be saved. Make the file writable and open it again to edit.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="268" />
        <source>Revisions and diff</source>
        <translation>Revisions and diff</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="296" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="299" />
        <source>MQM errors</source>
        <translation>MQM errors</translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="52" />
        <source>This article has no translation to align with.</source>
        <translation>This article has no translation to align with.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="72" />
        <source>The last row has no next row to merge with.</source>
        <translation>The last row has no next row to merge with.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="86" />
        <source>This row is not aligned yet: use Article ▸ Re-align.</source>
        <translation>This row is not aligned yet: use Article ▸ Re-align.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="91" />
        <source>A row of one sentence cannot be split further.</source>
        <translation>A row of one sentence cannot be split further.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="106" />
        <source>There is no sentence on this side of the row.</source>
        <translation>There is no sentence on this side of the row.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="132" />
        <source>Re-aligned: %1 rows, %2 manual rows kept</source>
        <translation>Re-aligned: %1 rows, %2 manual rows kept</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="152" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="152" />
        <source>ISO 639 code (e.g. ky, uz, de):</source>
        <translation>ISO 639 code (e.g. ky, uz, de):</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="158" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="163" />
        <source>&amp;Other…</source>
        <translation>&amp;Other…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="164" />
        <source>&amp;Detected</source>
        <translation>&amp;Detected</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="118" />
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="68" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="68" />
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="72" />
        <source>&amp;New schema…</source>
        <translation>&amp;New schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="74" />
        <source>&amp;Import schema file…</source>
        <translation>&amp;Import schema file…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="76" />
        <source>E&amp;xport schema file…</source>
        <translation>E&amp;xport schema file…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="79" />
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="81" />
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="99" />
        <source>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</source>
        <translation>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>New schema</source>
        <translation>New schema</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>Name of the new schema:</source>
        <translation>Name of the new schema:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="141" />
        <source>Import schema file</source>
        <translation>Import schema file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="141" />
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Schema files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="159" />
        <source>Export schema file</source>
        <translation>Export schema file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="159" />
        <source>Schema files (*.json)</source>
        <translation>Schema files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="182" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="70" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="202" />
        <source>multiple labels</source>
        <translation>multiple labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="203" />
        <source>one label only</source>
        <translation>one label only</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="111" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="220" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="250" />
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="261" />
        <source>new label %1</source>
        <translation>new label %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="271" />
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
</context>
<context>
    <name>SentenceDelegate</name>
    <message>
        <location filename="../../desktop/sverka/ui/delegates.py" line="106" />
        <source>— not translated —</source>
        <translation>— not translated —</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/delegates.py" line="108" />
        <source>— not in the original —</source>
        <translation>— not in the original —</translation>
    </message>
</context>
<context>
    <name>SentenceView</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="158" />
        <source>previous / next sentence</source>
        <translation>previous / next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="161" />
        <source>original / translation side</source>
        <translation>original / translation side</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="162" />
        <source>pick a range of rows (for a relink)</source>
        <translation>pick a range of rows (for a relink)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="164" />
        <source>add or edit a note (Enter saves)</source>
        <translation>add or edit a note (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="167" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="168" />
        <source>mark reviewed / unreviewed</source>
        <translation>mark reviewed / unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="191" />
        <source>toggle the label “%1”</source>
        <translation>toggle the label “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="187" />
        <source>toggle the schema's labels in order</source>
        <translation>toggle the schema's labels in order</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="22" />
        <source>Start annotation session</source>
        <translation>Start annotation session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="24" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="26" />
        <source>This article only</source>
        <translation>This article only</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="28" />
        <source>Original texts (any language)</source>
        <translation>Original texts (any language)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="31" />
        <source>Sentences in %1</source>
        <translation>Sentences in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="33" />
        <source>Any sentence</source>
        <translation>Any sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="35" />
        <source>Already labeled “%1” by someone</source>
        <translation>Already labeled “%1” by someone</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="38" />
        <source>As the articles read</source>
        <translation>As the articles read</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="39" />
        <source>Least sure suggestions first (teaches the model most)</source>
        <translation>Least sure suggestions first (teaches the model most)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="41" />
        <source>Likely “%1” first</source>
        <translation>Likely “%1” first</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="46" />
        <source>The queue holds the sentences you have not labeled yet.</source>
        <translation>The queue holds the sentences you have not labeled yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="47" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="48" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="49" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="50" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>SessionMode</name>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="26" />
        <source>Annotation session: time, decisions, remaining, pace</source>
        <translation>Annotation session: time, decisions, remaining, pace</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="110" />
        <source>The session queue is empty: all done.</source>
        <translation>The session queue is empty: all done.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="150" />
        <source>Session stopped · done %1 · time %2 · %3 decisions per hour</source>
        <translation>Session stopped · done %1 · time %2 · %3 decisions per hour</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="164" />
        <source>Annotation session</source>
        <translation>Annotation session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="192" />
        <source>Session %1 · done %2 · remaining %3 · %4/h</source>
        <translation>Session %1 · done %2 · remaining %3 · %4/h</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="67" />
        <source>accept the row's suggestions (the hollow chips) as your labels</source>
        <translation>accept the row's suggestions (the hollow chips) as your labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="144" />
        <source>Suggestions: training failed: %1</source>
        <translation>Suggestions: training failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="226" />
        <source>No suggestions on this row</source>
        <translation>No suggestions on this row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="261" />
        <source>Suggestions off (pip install 'sverka[suggest]')</source>
        <translation>Suggestions off (pip install 'sverka[suggest]')</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="267" />
        <source>training…</source>
        <translation>training…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="271" />
        <source>%1 of %2 labels</source>
        <translation>%1 of %2 labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="278" />
        <source>accepted %1/%2 (%3)</source>
        <translation>accepted %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="283" />
        <source>Suggestions: %1</source>
        <translation>Suggestions: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="283" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="288" />
        <source>A label is suggested once %1 sentences have it and %1 lack it (labels by people only).</source>
        <translation>A label is suggested once %1 sentences have it and %1 lack it (labels by people only).</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="291" />
        <source>Trained on %1 sentences.</source>
        <translation>Trained on %1 sentences.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="295" />
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="295" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="297" />
        <source>a accepts the current row's suggestions; accepted = rows accepted of rows decided.</source>
        <translation>a accepts the current row's suggestions; accepted = rows accepted of rows decided.</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="53" />
        <source>Translate missing</source>
        <translation>Translate missing</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="57" />
        <source>&amp;All articles without a translation</source>
        <translation>&amp;All articles without a translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="58" />
        <source>The &amp;current article</source>
        <translation>The &amp;current article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="62" />
        <source>The &amp;selected article</source>
        <translation>The &amp;selected article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="64" />
        <source>The &amp;selected articles (%1)</source>
        <translation>The &amp;selected articles (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="88" />
        <source>Wider beams search more translations per sentence: slower, sometimes better</source>
        <translation>Wider beams search more translations per sentence: slower, sometimes better</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="92" />
        <source>Translate</source>
        <translation>Translate</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="97" />
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="98" />
        <source>&amp;Target language:</source>
        <translation>&amp;Target language:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="99" />
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="100" />
        <source>&amp;Beam size:</source>
        <translation>&amp;Beam size:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="107" />
        <source>Best route (direct, or through a pivot language)</source>
        <translation>Best route (direct, or through a pivot language)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="63" />
        <source>Who is annotating?</source>
        <translation>Who is annotating?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="64" />
        <source>Your name (it goes on every label, note and undo step):</source>
        <translation>Your name (it goes on every label, note and undo step):</translation>
    </message>
</context>
<context>
    <name>bench.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="33" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
</context>
<context>
    <name>self.bench.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="49" />
        <source>Go to the next / previous hit of the search, in any article</source>
        <translation>Go to the next / previous hit of the search, in any article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="124" />
        <source>search hit %1 of %2</source>
        <translation>search hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="116" />
        <source>%1 name mentions found</source>
        <translation>%1 name mentions found</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="130" />
        <source>This article has no translation to review</source>
        <translation>This article has no translation to review</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="134" />
        <source>No translated sentence in this row</source>
        <translation>No translated sentence in this row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="138" />
        <source>This row has %1 translated sentences; working on the first</source>
        <translation>This row has %1 translated sentences; working on the first</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="245" />
        <source>post-edited</source>
        <translation>post-edited</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="231" />
        <source>Translation models…</source>
        <translation>Translation models…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="133" />
        <source>Labels of</source>
        <translation>Labels of</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="133" />
        <source>Show the labels of:</source>
        <translation>Show the labels of:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="142" />
        <source>Showing the labels of %1 (Ctrl+Shift+A: mine only)</source>
        <translation>Showing the labels of %1 (Ctrl+Shift+A: mine only)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/queue.py" line="48" />
        <source>next row to check: omissions, additions and QA findings first, then unsure rows</source>
        <translation>next row to check: omissions, additions and QA findings first, then unsure rows</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/queue.py" line="79" />
        <source>Nothing to check in this article</source>
        <translation>Nothing to check in this article</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="55" />
        <source>&amp;Article list</source>
        <translation>&amp;Article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="56" />
        <source>&amp;Label palette</source>
        <translation>&amp;Label palette</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="75" />
        <source>Show or hide this pane: the sentences take its width</source>
        <translation>Show or hide this pane: the sentences take its width</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="114" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Import articles (txt, JSONL, CSV); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="121" />
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="124" />
        <source>Import every article file in a folder</source>
        <translation>Import every article file in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="128" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Export the dataset as JSONL, CSV or MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>Search articles in every language</source>
        <translation>Search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="150" />
        <source>Move the keyboard to the article list</source>
        <translation>Move the keyboard to the article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Sentences</source>
        <translation>&amp;Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>Move the keyboard to the sentences</source>
        <translation>Move the keyboard to the sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="162" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="165" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Add or edit a note on the current sentence (key n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="169" />
        <source>Mark &amp;reviewed</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="172" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Mark the current sentence reviewed (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>One key labels and &amp;moves on</source>
        <translation>One key labels and &amp;moves on</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>When on, a label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="183" />
        <source>Edit &amp;schema…</source>
        <translation>Edit &amp;schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="186" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Add, rename and recolour labels; set hotkeys and groups</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="188" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="195" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="199" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="204" />
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="206" />
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="209" />
        <source>Sessio&amp;n</source>
        <translation>Sessio&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="212" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Start annotation session…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="215" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Queue the sentences you have not labeled yet</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="219" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Next in queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="222" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Go to the next unlabeled sentence of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="226" />
        <source>S&amp;top session</source>
        <translation>S&amp;top session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="229" />
        <source>End the session (it can be resumed until then)</source>
        <translation>End the session (it can be resumed until then)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="234" />
        <source>&amp;About Sverka</source>
        <translation>&amp;About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="245" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Merge with next row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="248" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Join this row and the next into one manual row (e.g. two sentences translated as one)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="252" />
        <source>&amp;Split row</source>
        <translation>&amp;Split row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="255" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="259" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Relink selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="262" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="266" />
        <source>&amp;No translation</source>
        <translation>&amp;No translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="269" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>This side's sentences have no counterpart: a 1-0 or 0-1 row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="273" />
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="276" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Set the language of the current sentence by hand (or back to the detected one)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="283" />
        <source>Re-&amp;align article</source>
        <translation>Re-&amp;align article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="286" />
        <source>Run the aligner again on this translation; manual rows are kept</source>
        <translation>Run the aligner again on this translation; manual rows are kept</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="68" />
        <source>Sentences</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="75" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="81" />
        <source>Names panel</source>
        <translation>Names panel</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="83" />
        <source>QA findings</source>
        <translation>QA findings</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="85" />
        <source>Adjudication</source>
        <translation>Adjudication</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Canonical name:</source>
        <translation>Canonical name:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="65" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Post-edit sentence…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="68" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Edit the translated sentence of this row (F2 or e; Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="71" />
        <source>Mark &amp;error…</source>
        <translation>Mark &amp;error…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="74" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Record an MQM error on a span of the translation (i or Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Revisions and diff…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="80" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Every wording of the translated sentence, and the diff from the machine output</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="82" />
        <source>Revie&amp;w</source>
        <translation>Revie&amp;w</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="96" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>post-edit the translated sentence (unless a label uses e)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="104" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>mark an MQM error on the translation (unless a label uses i)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="39" />
        <source>Next search &amp;hit</source>
        <translation>Next search &amp;hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="40" />
        <source>Previous search hit</source>
        <translation>Previous search hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="87" />
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>%1 hits</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>1 hit</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="93" />
        <source>hit %1 of %2</source>
        <translation>hit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="51" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="53" />
        <source>&amp;Annotator for this project…</source>
        <translation>&amp;Annotator for this project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="56" />
        <source>Show &amp;everyone's labels</source>
        <translation>Show &amp;everyone's labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="59" />
        <source>Chips of the labels other annotators and the gold gave</source>
        <translation>Chips of the labels other annotators and the gold gave</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="63" />
        <source>Show &amp;one annotator's labels…</source>
        <translation>Show &amp;one annotator's labels…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="67" />
        <source>A&amp;djudicate disagreements…</source>
        <translation>A&amp;djudicate disagreements…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="70" />
        <source>Set gold labels where people disagree</source>
        <translation>Set gold labels where people disagree</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="76" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="79" />
        <source>Progress, agreement and labels as charts</source>
        <translation>Progress, agreement and labels as charts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="82" />
        <source>&amp;Merge annotators' projects…</source>
        <translation>&amp;Merge annotators' projects…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="83" />
        <source>Join copies of this project that annotators worked on apart</source>
        <translation>Join copies of this project that annotators worked on apart</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="139" />
        <source>next / previous disagreement</source>
        <translation>next / previous disagreement</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="144" />
        <source>gold = the majority, then the next disagreement</source>
        <translation>gold = the majority, then the next disagreement</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="152" />
        <source>gold = the n-th annotator's choice, then the next</source>
        <translation>gold = the n-th annotator's choice, then the next</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="158" />
        <source>toggle that gold label</source>
        <translation>toggle that gold label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="52" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Translate missing…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="54" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Machine-translate every original that has no translation yet, offline with the installed models</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="58" />
        <source>Translation &amp;models…</source>
        <translation>Translation &amp;models…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="59" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Install, list and remove Argos translation models</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="64" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="114" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Import articles (txt, JSONL, CSV); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="121" />
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="124" />
        <source>Import every article file in a folder</source>
        <translation>Import every article file in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="128" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Export the dataset as JSONL, CSV or MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>Search articles in every language</source>
        <translation>Search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="150" />
        <source>Move the keyboard to the article list</source>
        <translation>Move the keyboard to the article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Sentences</source>
        <translation>&amp;Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>Move the keyboard to the sentences</source>
        <translation>Move the keyboard to the sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="162" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="165" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Add or edit a note on the current sentence (key n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="169" />
        <source>Mark &amp;reviewed</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="172" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Mark the current sentence reviewed (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>One key labels and &amp;moves on</source>
        <translation>One key labels and &amp;moves on</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>When on, a label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="183" />
        <source>Edit &amp;schema…</source>
        <translation>Edit &amp;schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="186" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Add, rename and recolour labels; set hotkeys and groups</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="188" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="195" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="199" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="204" />
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="206" />
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="209" />
        <source>Sessio&amp;n</source>
        <translation>Sessio&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="212" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Start annotation session…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="215" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Queue the sentences you have not labeled yet</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="219" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Next in queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="222" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Go to the next unlabeled sentence of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="226" />
        <source>S&amp;top session</source>
        <translation>S&amp;top session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="229" />
        <source>End the session (it can be resumed until then)</source>
        <translation>End the session (it can be resumed until then)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="234" />
        <source>&amp;About Sverka</source>
        <translation>&amp;About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="245" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Merge with next row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="248" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Join this row and the next into one manual row (e.g. two sentences translated as one)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="252" />
        <source>&amp;Split row</source>
        <translation>&amp;Split row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="255" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="259" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Relink selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="262" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="266" />
        <source>&amp;No translation</source>
        <translation>&amp;No translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="269" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>This side's sentences have no counterpart: a 1-0 or 0-1 row</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="273" />
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="276" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Set the language of the current sentence by hand (or back to the detected one)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="283" />
        <source>Re-&amp;align article</source>
        <translation>Re-&amp;align article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="286" />
        <source>Run the aligner again on this translation; manual rows are kept</source>
        <translation>Run the aligner again on this translation; manual rows are kept</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="68" />
        <source>Sentences</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="75" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="81" />
        <source>Names panel</source>
        <translation>Names panel</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="83" />
        <source>QA findings</source>
        <translation>QA findings</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="85" />
        <source>Adjudication</source>
        <translation>Adjudication</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Canonical name:</source>
        <translation>Canonical name:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="65" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Post-edit sentence…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="68" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Edit the translated sentence of this row (F2 or e; Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="71" />
        <source>Mark &amp;error…</source>
        <translation>Mark &amp;error…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="74" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Record an MQM error on a span of the translation (i or Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Revisions and diff…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="80" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Every wording of the translated sentence, and the diff from the machine output</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="82" />
        <source>Revie&amp;w</source>
        <translation>Revie&amp;w</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="96" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>post-edit the translated sentence (unless a label uses e)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="104" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>mark an MQM error on the translation (unless a label uses i)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="39" />
        <source>Next search &amp;hit</source>
        <translation>Next search &amp;hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="40" />
        <source>Previous search hit</source>
        <translation>Previous search hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="87" />
        <source>no hits</source>
        <translation>no hits</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>%1 hits</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>1 hit</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="93" />
        <source>hit %1 of %2</source>
        <translation>hit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="51" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="53" />
        <source>&amp;Annotator for this project…</source>
        <translation>&amp;Annotator for this project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="56" />
        <source>Show &amp;everyone's labels</source>
        <translation>Show &amp;everyone's labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="59" />
        <source>Chips of the labels other annotators and the gold gave</source>
        <translation>Chips of the labels other annotators and the gold gave</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="63" />
        <source>Show &amp;one annotator's labels…</source>
        <translation>Show &amp;one annotator's labels…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="67" />
        <source>A&amp;djudicate disagreements…</source>
        <translation>A&amp;djudicate disagreements…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="70" />
        <source>Set gold labels where people disagree</source>
        <translation>Set gold labels where people disagree</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="76" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="79" />
        <source>Progress, agreement and labels as charts</source>
        <translation>Progress, agreement and labels as charts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="82" />
        <source>&amp;Merge annotators' projects…</source>
        <translation>&amp;Merge annotators' projects…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="83" />
        <source>Join copies of this project that annotators worked on apart</source>
        <translation>Join copies of this project that annotators worked on apart</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="139" />
        <source>next / previous disagreement</source>
        <translation>next / previous disagreement</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="144" />
        <source>gold = the majority, then the next disagreement</source>
        <translation>gold = the majority, then the next disagreement</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="152" />
        <source>gold = the n-th annotator's choice, then the next</source>
        <translation>gold = the n-th annotator's choice, then the next</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="158" />
        <source>toggle that gold label</source>
        <translation>toggle that gold label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="52" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Translate missing…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="54" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Machine-translate every original that has no translation yet, offline with the installed models</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="58" />
        <source>Translation &amp;models…</source>
        <translation>Translation &amp;models…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="59" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Install, list and remove Argos translation models</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="64" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
</context><context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="15" />
        <source>About Sverka</source>
        <translation>About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="20" />
        <source>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="37" />
        <location filename="../../desktop/sverka/ui/files.py" line="40" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="40" />
        <source>That file exists already; open it instead.</source>
        <translation>That file exists already; open it instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="46" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="62" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="64" />
        <source>Articles (*.txt *.jsonl *.json *.csv *.tsv *.tmx);;All files (*)</source>
        <translation>Articles (*.txt *.jsonl *.json *.csv *.tsv *.tmx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="71" />
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="81" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="83" />
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="84" />
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="98" />
        <source>Finishing an interrupted import…</source>
        <translation>Finishing an interrupted import…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="100" />
        <source>Could not finish an interrupted import: %1</source>
        <translation>Could not finish an interrupted import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="110" />
        <source>Finished an interrupted import: %1</source>
        <translation>Finished an interrupted import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="122" />
        <source>Imported %1 articles (%2 sentences), %3 already present</source>
        <translation>Imported %1 articles (%2 sentences), %3 already present</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="125" />
        <source>; aligned %1 translations</source>
        <translation>; aligned %1 translations</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="127" />
        <source>Some files were not imported</source>
        <translation>Some files were not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="156" />
        <source>Exported %1 records to %2</source>
        <translation>Exported %1 records to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="159" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="160" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="174" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="179" />
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="181" />
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/read_only.py" line="20" />
        <source>This project is read-only (%1): the change was not saved.</source>
        <translation>This project is read-only (%1): the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/annotator.py" line="60" />
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/annotator.py" line="61" />
        <source>Who annotates in this project (remembered for it)?</source>
        <translation>Who annotates in this project (remembered for it)?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="29" />
        <source>Password of %1 for the team database %2:</source>
        <translation>Password of %1 for the team database %2:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="31" />
        <source>Wrong password. </source>
        <translation>Wrong password. </translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="32" />
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="69" />
        <source>Merge annotators' projects</source>
        <translation>Merge annotators' projects</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="80" />
        <source>%1 is this project itself: pick the copies to merge into it</source>
        <translation>%1 is this project itself: pick the copies to merge into it</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="86" />
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="88" />
        <source>Merge failed: %1</source>
        <translation>Merge failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="89" />
        <source>Merge cancelled: nothing was changed</source>
        <translation>Merge cancelled: nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="99" />
        <source>Merge done</source>
        <translation>Merge done</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="103" />
        <source>Merged %1 copies</source>
        <translation>Merged %1 copies</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="127" />
        <source>No translation model</source>
        <translation>No translation model</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="129" />
        <source>No translation model is installed. Install an Argos .argosmodel file in Tools → Translation models… (it works offline), then translate again.</source>
        <translation>No translation model is installed. Install an Argos .argosmodel file in Tools → Translation models… (it works offline), then translate again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="170" />
        <source>Translating…</source>
        <translation>Translating…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="172" />
        <source>Translation failed</source>
        <translation>Translation failed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="197" />
        <source>Translated 1 article (%2 sentences; %3 from the cache)</source>
        <translation>Translated 1 article (%2 sentences; %3 from the cache)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="199" />
        <source>Translated %1 articles (%2 sentences; %3 from the cache)</source>
        <translation>Translated %1 articles (%2 sentences; %3 from the cache)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="206" />
        <source>Translation cancelled; 1 article saved</source>
        <translation>Translation cancelled; 1 article saved</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="208" />
        <source>Translation cancelled; %1 articles saved</source>
        <translation>Translation cancelled; %1 articles saved</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="211" />
        <source>; sentences kept in the cache for the next run: %1</source>
        <translation>; sentences kept in the cache for the next run: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="215" />
        <source>Nothing to translate: %1</source>
        <translation>Nothing to translate: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="217" />
        <source>Nothing to translate: every original has a translation</source>
        <translation>Nothing to translate: every original has a translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="222" />
        <source>Some articles were not translated</source>
        <translation>Some articles were not translated</translation>
    </message>
</context></TS>