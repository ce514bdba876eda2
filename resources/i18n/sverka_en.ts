<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="104" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="105" />
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="106" />
        <source>post-edited</source>
        <translation>post-edited</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="143" />
        <source>no aligned sentence</source>
        <translation>no aligned sentence</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="140" />
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="143" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="144" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="150" />
        <source>translations: %1</source>
        <translation>translations: %1</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="32" />
        <source>Search both languages…</source>
        <translation>Search both languages…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="34" />
        <source>Full-text search over every language of every article (Ctrl+F)</source>
        <translation>Full-text search over every language of every article (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="36" />
        <source>Show articles with this status</source>
        <translation>Show articles with this status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="38" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="39" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="40" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="41" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="45" />
        <source>Show articles with a text in this language</source>
        <translation>Show articles with a text in this language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="46" />
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="95" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="96" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="97" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="99" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="105" />
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="106" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="107" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="126" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="20" />
        <source>The schema whose labels the keys toggle</source>
        <translation>The schema whose labels the keys toggle</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="23" />
        <source>Click a label, or press its key, to toggle it on the current sentence</source>
        <translation>Click a label, or press its key, to toggle it on the current sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="27" />
        <source>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</source>
        <translation>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="29" />
        <source>Edit schema…</source>
        <translation>Edit schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="33" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="103" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="108" />
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="24" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="27" />
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="35" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="28" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="29" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="41" />
        <source>Takes effect at the next start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="42" />
        <source>A label key also moves to the next sentence</source>
        <translation>A label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="46" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="49" />
        <source>Your name on every label, note and undo step</source>
        <translation>Your name on every label, note and undo step</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="54" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="55" />
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="57" />
        <source>Text size (pt)</source>
        <translation>Text size (pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="58" />
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <location filename="../../desktop/sverka/ui/workers.py" line="91" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="42" />
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="53" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="53" />
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="58" />
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="71" />
        <source>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</source>
        <translation>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="92" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="109" />
        <source>multiple labels</source>
        <translation>multiple labels</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="110" />
        <source>one label only</source>
        <translation>one label only</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="154" />
        <source>Label colour</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="165" />
        <source>new label %1</source>
        <translation>new label %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="175" />
        <source>group %1</source>
        <translation>group %1</translation>
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
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="40" />
        <source>The queue holds the sentences you have not labeled yet.</source>
        <translation>The queue holds the sentences you have not labeled yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="41" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="42" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="43" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>SessionMode</name>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="28" />
        <source>Annotation session: time, decisions, remaining, pace</source>
        <translation>Annotation session: time, decisions, remaining, pace</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="100" />
        <source>The session queue is empty: all done.</source>
        <translation>The session queue is empty: all done.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="145" />
        <source>Session %1 · done %2 · remaining %3 · %4/h</source>
        <translation>Session %1 · done %2 · remaining %3 · %4/h</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="51" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="51" />
        <source>Who is annotating?</source>
        <translation>Who is annotating?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="52" />
        <source>Your name (it goes on every label, note and undo step):</source>
        <translation>Your name (it goes on every label, note and undo step):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="58" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="62" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="65" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Import articles (txt, JSONL, CSV); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="69" />
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="72" />
        <source>Import every article file in a folder</source>
        <translation>Import every article file in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="76" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="79" />
        <source>Export the labeled dataset as JSONL or CSV</source>
        <translation>Export the labeled dataset as JSONL or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="84" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="85" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="87" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>Search articles in every language</source>
        <translation>Search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="95" />
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="98" />
        <source>Move the keyboard to the article list</source>
        <translation>Move the keyboard to the article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="102" />
        <source>&amp;Sentences</source>
        <translation>&amp;Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="105" />
        <source>Move the keyboard to the sentences</source>
        <translation>Move the keyboard to the sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="110" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Add or edit a note on the current sentence (key n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Mark &amp;reviewed</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Mark the current sentence reviewed (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="122" />
        <source>One key labels and &amp;moves on</source>
        <translation>One key labels and &amp;moves on</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="125" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>When on, a label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Edit &amp;schema…</source>
        <translation>Edit &amp;schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Add, rename and recolour labels; set hotkeys and groups</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="142" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="145" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="151" />
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="152" />
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Start annotation session…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="160" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Queue the sentences you have not labeled yet</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Next in queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="167" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Go to the next unlabeled sentence of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>S&amp;top session</source>
        <translation>S&amp;top session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>End the session (it can be resumed until then)</source>
        <translation>End the session (it can be resumed until then)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="178" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="179" />
        <source>&amp;About Sverka</source>
        <translation>&amp;About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="34" />
        <source>original / translation side</source>
        <translation>original / translation side</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="35" />
        <source>toggle the schema's labels in order</source>
        <translation>toggle the schema's labels in order</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>schema keys (e.g. r, x)</source>
        <translation>schema keys (e.g. r, x)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>toggle that label</source>
        <translation>toggle that label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="37" />
        <source>add or edit a note (Enter saves)</source>
        <translation>add or edit a note (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>mark reviewed / unreviewed</source>
        <translation>mark reviewed / unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="39" />
        <source>undo / redo, also after a restart</source>
        <translation>undo / redo, also after a restart</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>search articles in every language</source>
        <translation>search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="41" />
        <source>article list</source>
        <translation>article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="42" />
        <source>bigger / smaller text</source>
        <translation>bigger / smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="43" />
        <source>next sentence in the session queue</source>
        <translation>next sentence in the session queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="44" />
        <source>this list</source>
        <translation>this list</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="58" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="62" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="65" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Import articles (txt, JSONL, CSV); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="69" />
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="72" />
        <source>Import every article file in a folder</source>
        <translation>Import every article file in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="76" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="79" />
        <source>Export the labeled dataset as JSONL or CSV</source>
        <translation>Export the labeled dataset as JSONL or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="84" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="85" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="87" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>Search articles in every language</source>
        <translation>Search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="95" />
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="98" />
        <source>Move the keyboard to the article list</source>
        <translation>Move the keyboard to the article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="102" />
        <source>&amp;Sentences</source>
        <translation>&amp;Sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="105" />
        <source>Move the keyboard to the sentences</source>
        <translation>Move the keyboard to the sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="110" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Add or edit a note on the current sentence (key n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Mark &amp;reviewed</source>
        <translation>Mark &amp;reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Mark the current sentence reviewed (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="122" />
        <source>One key labels and &amp;moves on</source>
        <translation>One key labels and &amp;moves on</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="125" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>When on, a label key also moves to the next sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Edit &amp;schema…</source>
        <translation>Edit &amp;schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Add, rename and recolour labels; set hotkeys and groups</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="142" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="145" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="151" />
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="152" />
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Start annotation session…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="160" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Queue the sentences you have not labeled yet</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Next in queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="167" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Go to the next unlabeled sentence of the session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>S&amp;top session</source>
        <translation>S&amp;top session</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>End the session (it can be resumed until then)</source>
        <translation>End the session (it can be resumed until then)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="178" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="179" />
        <source>&amp;About Sverka</source>
        <translation>&amp;About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="34" />
        <source>original / translation side</source>
        <translation>original / translation side</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="35" />
        <source>toggle the schema's labels in order</source>
        <translation>toggle the schema's labels in order</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>schema keys (e.g. r, x)</source>
        <translation>schema keys (e.g. r, x)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>toggle that label</source>
        <translation>toggle that label</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="37" />
        <source>add or edit a note (Enter saves)</source>
        <translation>add or edit a note (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>mark reviewed / unreviewed</source>
        <translation>mark reviewed / unreviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="39" />
        <source>undo / redo, also after a restart</source>
        <translation>undo / redo, also after a restart</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>search articles in every language</source>
        <translation>search articles in every language</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="41" />
        <source>article list</source>
        <translation>article list</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="42" />
        <source>bigger / smaller text</source>
        <translation>bigger / smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="43" />
        <source>next sentence in the session queue</source>
        <translation>next sentence in the session queue</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="44" />
        <source>this list</source>
        <translation>this list</translation>
    </message>
</context><context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="14" />
        <source>About Sverka</source>
        <translation>About Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="19" />
        <source>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="33" />
        <source>previous / next sentence</source>
        <translation>previous / next sentence</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="33" />
        <location filename="../../desktop/sverka/ui/files.py" line="36" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="36" />
        <source>That file exists already; open it instead.</source>
        <translation>That file exists already; open it instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="42" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="59" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="61" />
        <source>Articles (*.txt *.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Articles (*.txt *.jsonl *.json *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="68" />
        <source>Import folder</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="78" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="80" />
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="81" />
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="94" />
        <source>Imported %1 articles (%2 sentences), %3 already present</source>
        <translation>Imported %1 articles (%2 sentences), %3 already present</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="97" />
        <source>Some files were not imported</source>
        <translation>Some files were not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="107" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="120" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="122" />
        <source>Exported %1 records</source>
        <translation>Exported %1 records</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="124" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context></TS>