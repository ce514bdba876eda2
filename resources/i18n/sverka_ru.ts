<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="104" />
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="105" />
        <source>machine</source>
        <translation>машинный</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="106" />
        <source>post-edited</source>
        <translation>отредактирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="143" />
        <source>no aligned sentence</source>
        <translation>нет выровненного предложения</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="140" />
        <source>No article</source>
        <translation>Нет статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="143" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="144" />
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="150" />
        <source>translations: %1</source>
        <translation>переводы: %1</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="32" />
        <source>Search both languages…</source>
        <translation>Поиск на обоих языках…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="34" />
        <source>Full-text search over every language of every article (Ctrl+F)</source>
        <translation>Полнотекстовый поиск по всем языкам всех статей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="36" />
        <source>Show articles with this status</source>
        <translation>Показывать статьи с этим статусом</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="38" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="39" />
        <source>To do</source>
        <translation>Не начаты</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="40" />
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="41" />
        <source>Done</source>
        <translation>Готовы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="45" />
        <source>Show articles with a text in this language</source>
        <translation>Показывать статьи с текстом на этом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="46" />
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="95" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="96" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="97" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="98" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="99" />
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="105" />
        <source>to do</source>
        <translation>не начата</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="106" />
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="107" />
        <source>done</source>
        <translation>готова</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="126" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="20" />
        <source>The schema whose labels the keys toggle</source>
        <translation>Схема, метки которой ставят клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="23" />
        <source>Click a label, or press its key, to toggle it on the current sentence</source>
        <translation>Щёлкните метку или нажмите её клавишу, чтобы поставить или снять её</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="27" />
        <source>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</source>
        <translation>↑/↓ j/k переход · ←/→ сторона · n заметка · Пробел проверено · Ctrl+Z отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="29" />
        <source>Edit schema…</source>
        <translation>Изменить схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="33" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="103" />
        <source>Cannot open project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="108" />
        <source>Annotator: %1</source>
        <translation>Разметчик: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/note.py" line="11" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/note.py" line="16" />
        <source>Note on this sentence (empty deletes it)</source>
        <translation>Заметка к предложению (пустая удаляет её)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="24" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="27" />
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="35" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="28" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="29" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="41" />
        <source>Takes effect at the next start</source>
        <translation>Вступит в силу при следующем запуске</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="42" />
        <source>A label key also moves to the next sentence</source>
        <translation>Клавиша метки также переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="46" />
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="49" />
        <source>Your name on every label, note and undo step</source>
        <translation>Ваше имя на каждой метке, заметке и шаге отмены</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="54" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="55" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="57" />
        <source>Text size (pt)</source>
        <translation>Размер текста (пт)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="58" />
        <source>Annotator</source>
        <translation>Разметчик</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <location filename="../../desktop/sverka/ui/workers.py" line="91" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="42" />
        <source>Schema: %1</source>
        <translation>Схема: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="53" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="53" />
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="58" />
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="71" />
        <source>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</source>
        <translation>Изменения сохраняются сразу; Ctrl+Z в главном окне их отменяет. Дважды щёлкните цвет, чтобы его изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="92" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="109" />
        <source>multiple labels</source>
        <translation>несколько меток</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="110" />
        <source>one label only</source>
        <translation>только одна метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="154" />
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="165" />
        <source>new label %1</source>
        <translation>новая метка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="175" />
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="22" />
        <source>Start annotation session</source>
        <translation>Начать сеанс разметки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="24" />
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="26" />
        <source>This article only</source>
        <translation>Только эта статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="28" />
        <source>Original texts (any language)</source>
        <translation>Оригиналы (любой язык)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="31" />
        <source>Sentences in %1</source>
        <translation>Предложения на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="33" />
        <source>Any sentence</source>
        <translation>Любые предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="35" />
        <source>Already labeled “%1” by someone</source>
        <translation>Уже с меткой «%1» от кого-либо</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="40" />
        <source>The queue holds the sentences you have not labeled yet.</source>
        <translation>В очереди — предложения, которые вы ещё не разметили.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="41" />
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="42" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="43" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
</context>
<context>
    <name>SessionMode</name>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="28" />
        <source>Annotation session: time, decisions, remaining, pace</source>
        <translation>Сеанс разметки: время, решения, осталось, темп</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="100" />
        <source>The session queue is empty: all done.</source>
        <translation>Очередь сеанса пуста: всё сделано.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="145" />
        <source>Session %1 · done %2 · remaining %3 · %4/h</source>
        <translation>Сеанс %1 · сделано %2 · осталось %3 · %4/ч</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="51" />
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="51" />
        <source>Who is annotating?</source>
        <translation>Кто размечает?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="52" />
        <source>Your name (it goes on every label, note and undo step):</source>
        <translation>Ваше имя (оно будет на каждой метке, заметке и шаге отмены):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="58" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="62" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="65" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="69" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="72" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="76" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="79" />
        <source>Export the labeled dataset as JSONL or CSV</source>
        <translation>Экспортировать размеченный набор в JSONL или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="84" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="85" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="87" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="95" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="98" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="102" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="105" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="110" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="122" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="125" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="142" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="145" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="151" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="152" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="160" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="167" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="178" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="179" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="34" />
        <source>original / translation side</source>
        <translation>сторона оригинала / перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="35" />
        <source>toggle the schema's labels in order</source>
        <translation>метки схемы по порядку (вкл/выкл)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>schema keys (e.g. r, x)</source>
        <translation>клавиши схемы (напр. r, x)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>toggle that label</source>
        <translation>включить/выключить эту метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="37" />
        <source>add or edit a note (Enter saves)</source>
        <translation>заметка (Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>mark reviewed / unreviewed</source>
        <translation>проверено / не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="39" />
        <source>undo / redo, also after a restart</source>
        <translation>отменить / повторить, и после перезапуска</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>search articles in every language</source>
        <translation>поиск статей на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="41" />
        <source>article list</source>
        <translation>список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="42" />
        <source>bigger / smaller text</source>
        <translation>крупнее / мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="43" />
        <source>next sentence in the session queue</source>
        <translation>следующее предложение в очереди сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="44" />
        <source>this list</source>
        <translation>этот список</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="55" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="56" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="57" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="58" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="62" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="65" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="69" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="72" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="76" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="79" />
        <source>Export the labeled dataset as JSONL or CSV</source>
        <translation>Экспортировать размеченный набор в JSONL или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="84" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="85" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="87" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="92" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="95" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="98" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="102" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="105" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="110" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="122" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="125" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="141" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="142" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="145" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="151" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="152" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="160" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="167" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="178" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="179" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="34" />
        <source>original / translation side</source>
        <translation>сторона оригинала / перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="35" />
        <source>toggle the schema's labels in order</source>
        <translation>метки схемы по порядку (вкл/выкл)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>schema keys (e.g. r, x)</source>
        <translation>клавиши схемы (напр. r, x)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>toggle that label</source>
        <translation>включить/выключить эту метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="37" />
        <source>add or edit a note (Enter saves)</source>
        <translation>заметка (Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="38" />
        <source>mark reviewed / unreviewed</source>
        <translation>проверено / не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="39" />
        <source>undo / redo, also after a restart</source>
        <translation>отменить / повторить, и после перезапуска</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>search articles in every language</source>
        <translation>поиск статей на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="41" />
        <source>article list</source>
        <translation>список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="42" />
        <source>bigger / smaller text</source>
        <translation>крупнее / мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="43" />
        <source>next sentence in the session queue</source>
        <translation>следующее предложение в очереди сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="44" />
        <source>this list</source>
        <translation>этот список</translation>
    </message>
</context><context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="14" />
        <source>About Sverka</source>
        <translation>О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="19" />
        <source>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Читайте новости рядом с их переводами, предложение за предложением, и размечайте их.&lt;/p&gt;&lt;p&gt;Каждое действие сохраняется сразу; Ctrl+Z отменяет его, даже после перезапуска.&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="33" />
        <source>previous / next sentence</source>
        <translation>предыдущее / следующее предложение</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="33" />
        <location filename="../../desktop/sverka/ui/files.py" line="36" />
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="36" />
        <source>That file exists already; open it instead.</source>
        <translation>Такой файл уже есть; откройте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="42" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="59" />
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="61" />
        <source>Articles (*.txt *.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Статьи (*.txt *.jsonl *.json *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="68" />
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="78" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="80" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="81" />
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="94" />
        <source>Imported %1 articles (%2 sentences), %3 already present</source>
        <translation>Импортировано статей: %1 (предложений: %2), уже были: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="97" />
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="107" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="120" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="122" />
        <source>Exported %1 records</source>
        <translation>Экспортировано записей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="124" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context></TS>