<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="114" />
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>machine</source>
        <translation>машинный</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="116" />
        <source>post-edited</source>
        <translation>отредактирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="125" />
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="125" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="164" />
        <source>no aligned sentence (%1)</source>
        <translation>нет выровненного предложения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="165" />
        <source> (set by hand)</source>
        <translation> (задан вручную)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="167" />
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="169" />
        <source>auto, score %1</source>
        <translation>автоматически, оценка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="171" />
        <source> — worth a check</source>
        <translation> — стоит проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="173" />
        <source>not aligned yet (by position)</source>
        <translation>ещё не выровнено (по порядку)</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="195" />
        <source>Which translation is shown on the right</source>
        <translation>Какой перевод показан справа</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="223" />
        <source>No article</source>
        <translation>Нет статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="226" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="227" />
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="35" />
        <source>Search both languages…</source>
        <translation>Поиск на обоих языках…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="37" />
        <source>Full-text search over every language of every article (Ctrl+F)</source>
        <translation>Полнотекстовый поиск по всем языкам всех статей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="39" />
        <source>Show articles with this status</source>
        <translation>Показывать статьи с этим статусом</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="41" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="42" />
        <source>To do</source>
        <translation>Не начаты</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="43" />
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="44" />
        <source>Done</source>
        <translation>Готовы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="48" />
        <source>Show articles with a text in this language</source>
        <translation>Показывать статьи с текстом на этом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="49" />
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="94" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="95" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="96" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="97" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="98" />
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="104" />
        <source>to do</source>
        <translation>не начата</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="105" />
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="106" />
        <source>done</source>
        <translation>готова</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/articles.py" line="125" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="51" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="79" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="114" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="54" />
        <source>JSONL: one record per sentence</source>
        <translation>JSONL: запись на каждое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="55" />
        <source>CSV: one row per sentence</source>
        <translation>CSV: строка на каждое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="56" />
        <source>MQM TSV: one row per translation error (WMT layout)</source>
        <translation>MQM TSV: строка на каждую ошибку перевода (формат WMT)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="60" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="66" />
        <source>the first translation</source>
        <translation>первый перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="69" />
        <source>Pair each original sentence with the translation in this language</source>
        <translation>Сопоставлять каждое предложение оригинала с переводом на этот язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="70" />
        <source>Only sentences with at least one label</source>
        <translation>Только предложения хотя бы с одной меткой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="71" />
        <source>Add normalized text (each name in the project's spelling)</source>
        <translation>Добавить нормализованный текст (каждое имя в написании проекта)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="73" />
        <source>Adds text_normalized and translation_normalized; the stored text is unchanged</source>
        <translation>Добавляет text_normalized и translation_normalized; сохранённый текст не меняется</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="75" />
        <source>Add the QA findings of each sentence's row</source>
        <translation>Добавить замечания QA к каждой строке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="76" />
        <source>Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists</source>
        <translation>Добавляет qa: пропуски, числа, имена… из «Проверка ▸ Замечания QA»</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="83" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="84" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="85" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="18" />
        <source>The schema whose labels the keys toggle</source>
        <translation>Схема, метки которой ставят клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="21" />
        <source>Click a label, or press its key, to toggle it on the current sentence</source>
        <translation>Щёлкните метку или нажмите её клавишу, чтобы поставить или снять её</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="25" />
        <source>↑/↓ j/k move · ←/→ side · n note · Space reviewed · Ctrl+Z undo</source>
        <translation>↑/↓ j/k переход · ←/→ сторона · n заметка · Пробел проверено · Ctrl+Z отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="27" />
        <source>Edit schema…</source>
        <translation>Изменить схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/palette.py" line="31" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="238" />
        <source>every language</source>
        <translation>все языки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="241" />
        <source>Languages of this project: %1</source>
        <translation>Языки этого проекта: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="269" />
        <source>Cannot open project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="274" />
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="276" />
        <source>Annotator: %1</source>
        <translation>Разметчик: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="296" />
        <source>Stopping the running job…</source>
        <translation>Останавливаю текущую задачу…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="406" />
        <source>Sverka</source>
        <translation>Sverka</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="46" />
        <source>Translation models</source>
        <translation>Модели перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="54" />
        <source>Sverka translates offline with Argos Translate models. Install a downloaded .argosmodel file, or download one from the Argos package index when online. With no direct model (e.g. kk→en) two models pivot (kk→ru, ru→en).</source>
        <translation>Sverka переводит без сети с моделями Argos Translate. Установите скачанный файл .argosmodel или скачайте модель из каталога Argos, когда есть сеть. Если прямой модели нет (например, kk→en), переводят две модели через промежуточный язык (kk→ru, ru→en).</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="62" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="71" />
        <source>&amp;Install from file…</source>
        <translation>&amp;Установить из файла…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="72" />
        <source>Install a .argosmodel file (works offline)</source>
        <translation>Установить файл .argosmodel (работает без сети)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="74" />
        <source>&amp;Remove</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="80" />
        <source>&amp;Download from index</source>
        <translation>&amp;Скачать из каталога</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="81" />
        <source>Fetch the model for this language pair from the Argos index</source>
        <translation>Скачать модель для этой пары языков из каталога Argos</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="92" />
        <source>From</source>
        <translation>С языка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="94" />
        <source>to</source>
        <translation>на</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="121" />
        <source>No model installed yet. Install a .argosmodel file to translate offline.</source>
        <translation>Модели ещё не установлены. Установите файл .argosmodel, чтобы переводить без сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="139" />
        <source>Install translation model</source>
        <translation>Установить модель перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="147" />
        <source>Unpacking %1…</source>
        <translation>Распаковка %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="154" />
        <source>Installing model…</source>
        <translation>Установка модели…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="164" />
        <source>Downloading model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="179" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="189" />
        <source>Installed %1 (%2 → %3, version %4)</source>
        <translation>Установлена %1 (%2 → %3, версия %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="212" />
        <source>Remove model</source>
        <translation>Удалить модель</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="213" />
        <source>Remove %1? Machine texts made with it stay; translating again needs it reinstalled.</source>
        <translation>Удалить %1? Сделанные ею машинные тексты останутся; для нового перевода её придётся установить снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models_dialog.py" line="225" />
        <source>Removed %1</source>
        <translation>Удалена %1</translation>
    </message>
</context>
<context>
    <name>MqmDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="107" />
        <source>Mark translation error (MQM)</source>
        <translation>Отметить ошибку перевода (MQM)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="130" />
        <source>why, or the right wording</source>
        <translation>почему, или верный вариант</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="139" />
        <source>&amp;Span:</source>
        <translation>&amp;Фрагмент:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="141" />
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="142" />
        <source>Severity:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="143" />
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="144" />
        <source>Marked:</source>
        <translation>Отмечено:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="183" />
        <source> [span changed by a post-edit]</source>
        <translation> [фрагмент изменён при редактировании]</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="189" />
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
</context>
<context>
    <name>NamesDock</name>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="59" />
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="74" />
        <source>Search names in any script…</source>
        <translation>Поиск имён на любом алфавите…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="98" />
        <source>Entities</source>
        <translation>Сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="99" />
        <source>Consistency</source>
        <translation>Единообразие</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="120" />
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="120" />
        <source>Merge the selected entities into the most mentioned (M)</source>
        <translation>Объединить выбранные сущности с самой упоминаемой (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="121" />
        <source>Split</source>
        <translation>Отделить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="121" />
        <source>Make the selected spelling its own entity (S)</source>
        <translation>Сделать выбранное написание отдельной сущностью (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="122" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="122" />
        <source>Change the canonical name (F2)</source>
        <translation>Изменить каноническое имя (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="123" />
        <source>Not a name</source>
        <translation>Не имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="123" />
        <source>Hide these mentions from views and exports (Delete)</source>
        <translation>Скрыть эти упоминания из просмотра и экспорта (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="124" />
        <source>Detect</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="124" />
        <source>Find name mentions in every article again</source>
        <translation>Заново найти упоминания имён во всех статьях</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="204" />
        <source>Spellings of %1</source>
        <translation>Написания: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="206" />
        <source>not a name</source>
        <translation>не имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="212" />
        <source>Select a name to see its spellings</source>
        <translation>Выберите имя, чтобы увидеть его написания</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="240" />
        <source>%1 translated sentences use another spelling than the project's choice. Choose a spelling with L on a variant in the Entities tab.</source>
        <translation>Переведённых предложений с написанием, отличным от выбранного в проекте: %1. Выберите написание клавишей L на варианте во вкладке «Сущности».</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="244" />
        <source>Consistency (%1)</source>
        <translation>Единообразие (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="263" />
        <source>merge the selected names into the most mentioned</source>
        <translation>объединить выбранные имена с самым упоминаемым</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="264" />
        <source>rename the selected name</source>
        <translation>переименовать выбранное имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="267" />
        <source>not a name (the name, or the spelling in the spellings list)</source>
        <translation>не имя (имя или написание в списке написаний)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="270" />
        <source>split the selected spelling out as its own name</source>
        <translation>отделить выбранное написание в отдельное имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="271" />
        <source>use the selected spelling in its language</source>
        <translation>использовать выбранное написание в его языке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="297" />
        <source>Merge into the most mentioned	M</source>
        <translation>Объединить с самым упоминаемым	M</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="298" />
        <source>Rename…	F2</source>
        <translation>Переименовать…	F2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="299" />
        <source>Not a name	Delete</source>
        <translation>Не имя	Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="301" />
        <source>Split out as its own name	S</source>
        <translation>Отделить в отдельное имя	S</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="302" />
        <source>Use this spelling in its language	L</source>
        <translation>Использовать это написание в его языке	L</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="303" />
        <source>This spelling is not a name	Delete</source>
        <translation>Это написание — не имя	Delete</translation>
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
    <name>PostEditDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="66" />
        <source>Post-edit sentence</source>
        <translation>Редактирование предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="77" />
        <source>Enter saves · Esc cancels · Ctrl+Z afterwards undoes the edit</source>
        <translation>Enter сохраняет · Esc отменяет · Ctrl+Z потом отменяет правку</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="37" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="40" />
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="48" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="41" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="42" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="54" />
        <source>Takes effect at the next start</source>
        <translation>Вступит в силу при следующем запуске</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="55" />
        <source>A label key also moves to the next sentence</source>
        <translation>Клавиша метки также переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="59" />
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="66" />
        <source>Tools ▸ Translate missing fills this language (an ISO code: en, ru, kk…)</source>
        <translation>Сервис ▸ Перевести недостающее переводит на этот язык (код ISO: en, ru, kk…)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="68" />
        <source>Your name on every label, note and undo step</source>
        <translation>Ваше имя на каждой метке, заметке и шаге отмены</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="75" />
        <source>all, or codes such as ru, en, kk</source>
        <translation>all или коды, например ru, en, kk</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="78" />
        <source>The languages detection chooses among when this project imports (ISO 639-1 codes, comma-separated; all: every language). Stored in the project; texts already imported keep their language.</source>
        <translation>Языки, среди которых определяется язык при импорте в этот проект (коды ISO 639-1 через запятую; all — все языки). Хранится в проекте; уже импортированные тексты сохраняют свой язык.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="92" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="93" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="95" />
        <source>Text size (pt)</source>
        <translation>Размер текста (пт)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="96" />
        <source>Annotator</source>
        <translation>Разметчик</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="97" />
        <source>Machine translation into</source>
        <translation>Машинный перевод на</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/preferences.py" line="98" />
        <source>Languages of this project</source>
        <translation>Языки этого проекта</translation>
    </message>
</context>
<context>
    <name>ProgressUi</name>
    <message>
        <location filename="../../desktop/sverka/ui/workers.py" line="192" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="40" />
        <source>QA findings</source>
        <translation>Замечания QA</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="46" />
        <source>Omission</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="47" />
        <source>Addition</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="48" />
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="49" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="50" />
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="51" />
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="52" />
        <source>Punctuation</source>
        <translation>Пунктуация</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="59" />
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="73" />
        <source>&amp;QA findings</source>
        <translation>&amp;Замечания QA</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="75" />
        <source>The QA checks of this translation: omissions, numbers, names… (Enter jumps, M records)</source>
        <translation>Проверки качества этого перевода: пропуски, числа, имена… (Enter — перейти, M — записать)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="84" />
        <source>record the selected QA finding as an MQM issue (Ctrl+Z undoes)</source>
        <translation>записать выбранное замечание как ошибку MQM (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="120" />
        <source>This article has no translation to check</source>
        <translation>У этой статьи нет перевода для проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="122" />
        <source>No QA findings in this translation</source>
        <translation>В этом переводе нет замечаний</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="123" />
        <source>%1 findings. Enter jumps to the row, M records the finding as an MQM issue</source>
        <translation>Замечаний: %1. Enter — перейти к строке, M — записать замечание как ошибку MQM</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="162" />
        <source>The translation has no sentence to carry this issue</source>
        <translation>В переводе нет предложения, к которому отнести эту ошибку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/qa_panel.py" line="166" />
        <source>Recorded as MQM %1 (Ctrl+Z undoes)</source>
        <translation>Записано как MQM %1 (Ctrl+Z отменяет)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../desktop/sverka/ui/read_only.py" line="41" />
        <source>Read-only: %1. You can read, search and export this project; labels, notes and other changes cannot be saved. Make the file writable and open it again to edit.</source>
        <translation>Только чтение: %1. Проект можно читать, искать в нём и экспортировать; метки, заметки и другие изменения сохранить нельзя. Чтобы редактировать, сделайте файл доступным для записи и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="238" />
        <source>Revisions and diff</source>
        <translation>Версии и различия</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="248" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="248" />
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="248" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="248" />
        <source>Wording</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="266" />
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="269" />
        <source>MQM errors</source>
        <translation>Ошибки MQM</translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="50" />
        <source>This article has no translation to align with.</source>
        <translation>У этой статьи нет перевода для выравнивания.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="70" />
        <source>The last row has no next row to merge with.</source>
        <translation>После последней строки нет строки для объединения.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="84" />
        <source>This row is not aligned yet: use Article ▸ Re-align.</source>
        <translation>Эта строка ещё не выровнена: используйте Статья ▸ Выровнять заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="89" />
        <source>A row of one sentence cannot be split further.</source>
        <translation>Строку из одного предложения нельзя разделить.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="104" />
        <source>There is no sentence on this side of the row.</source>
        <translation>На этой стороне строки нет предложения.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="130" />
        <source>Re-aligned: %1 rows, %2 manual rows kept</source>
        <translation>Выровнено заново: строк %1, сохранено ручных строк: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="150" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="150" />
        <source>ISO 639 code (e.g. ky, uz, de):</source>
        <translation>Код ISO 639 (например, ky, uz, de):</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="156" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="161" />
        <source>&amp;Other…</source>
        <translation>&amp;Другой…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="162" />
        <source>&amp;Detected</source>
        <translation>&amp;Определённый автоматически</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="40" />
        <source>Schema: %1</source>
        <translation>Схема: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="46" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="46" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="46" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="51" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="46" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="51" />
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="54" />
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="69" />
        <source>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</source>
        <translation>Изменения сохраняются сразу; Ctrl+Z в главном окне их отменяет. Дважды щёлкните цвет, чтобы его изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="90" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="107" />
        <source>multiple labels</source>
        <translation>несколько меток</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="108" />
        <source>one label only</source>
        <translation>только одна метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="124" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="152" />
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="163" />
        <source>new label %1</source>
        <translation>новая метка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="173" />
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
</context>
<context>
    <name>SentenceView</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="129" />
        <source>previous / next sentence</source>
        <translation>предыдущее / следующее предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="132" />
        <source>original / translation side</source>
        <translation>сторона оригинала / перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="133" />
        <source>pick a range of rows (for a relink)</source>
        <translation>выбрать диапазон строк (для связывания)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="135" />
        <source>add or edit a note (Enter saves)</source>
        <translation>заметка (Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="138" />
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="139" />
        <source>mark reviewed / unreviewed</source>
        <translation>проверено / не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="162" />
        <source>toggle the label “%1”</source>
        <translation>включить/выключить метку «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="158" />
        <source>toggle the schema's labels in order</source>
        <translation>метки схемы по порядку (вкл/выкл)</translation>
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
        <location filename="../../desktop/sverka/ui/session_mode.py" line="25" />
        <source>Annotation session: time, decisions, remaining, pace</source>
        <translation>Сеанс разметки: время, решения, осталось, темп</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="100" />
        <source>The session queue is empty: all done.</source>
        <translation>Очередь сеанса пуста: всё сделано.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="153" />
        <source>Session %1 · done %2 · remaining %3 · %4/h</source>
        <translation>Сеанс %1 · сделано %2 · осталось %3 · %4/ч</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="36" />
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="40" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="61" />
        <source>Who is annotating?</source>
        <translation>Кто размечает?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="62" />
        <source>Your name (it goes on every label, note and undo step):</source>
        <translation>Ваше имя (оно будет на каждой метке, заметке и шаге отмены):</translation>
    </message>
</context>
<context>
    <name>bench.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="32" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="116" />
        <source>%1 name mentions found</source>
        <translation>Найдено упоминаний имён: %1</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="124" />
        <source>This article has no translation to review</source>
        <translation>У этой статьи нет перевода для проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="128" />
        <source>No translated sentence in this row</source>
        <translation>В этой строке нет переведённого предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="132" />
        <source>This row has %1 translated sentences; working on the first</source>
        <translation>В строке переведённых предложений: %1; работаем с первым</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="155" />
        <source>Translation models…</source>
        <translation>Модели перевода…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="106" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="116" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="123" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="127" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="130" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Экспортировать набор данных в JSONL, CSV или MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="133" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="135" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="149" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="153" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="156" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="161" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="168" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="173" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="176" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="182" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="185" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="187" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="189" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="192" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="192" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="196" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="202" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="205" />
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="208" />
        <source>Sessio&amp;n</source>
        <translation>Се&amp;анс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="211" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="214" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="218" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="221" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="225" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="228" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="231" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="244" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="247" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Объединить эту и следующую строку в одну ручную (например, два предложения переведены одним)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="251" />
        <source>&amp;Split row</source>
        <translation>&amp;Разделить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="254" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Разделить строку 2-1 / 1-2 на строки один к одному; строка 1-1 распадается на 1-0 и 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="258" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Связать выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="261" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Сделать строки, выбранные Shift+↓ (или мышью), одной строкой; одна строка подтверждается как ручная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="265" />
        <source>&amp;No translation</source>
        <translation>&amp;Нет перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="268" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>У предложений этой стороны нет пары: строка 1-0 или 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="272" />
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="275" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Задать язык предложения вручную (или вернуть определённый автоматически)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="281" />
        <source>Re-&amp;align article</source>
        <translation>&amp;Выровнять статью заново</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="284" />
        <source>Run the aligner again on this translation; manual rows are kept</source>
        <translation>Заново выровнять этот перевод; ручные строки сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="68" />
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="75" />
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="81" />
        <source>Names panel</source>
        <translation>Панель имён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="83" />
        <source>QA findings</source>
        <translation>Замечания QA</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Canonical name:</source>
        <translation>Каноническое имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="60" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Редактировать предложение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="63" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Редактировать переведённое предложение строки (F2 или e; Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="66" />
        <source>Mark &amp;error…</source>
        <translation>Отметить &amp;ошибку…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="69" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Записать ошибку MQM на фрагменте перевода (i или Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="72" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Версии и различия…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="75" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Все версии переведённого предложения и отличия от машинного перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>Revie&amp;w</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="90" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>редактировать переведённое предложение (если e не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="98" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>отметить ошибку MQM в переводе (если i не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="43" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Перевести недостающее…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="45" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Машинно перевести каждый оригинал без перевода, без сети, установленными моделями</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="49" />
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="50" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Устанавливать, просматривать и удалять модели перевода Argos</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="55" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="106" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="113" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="116" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="120" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="123" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="127" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="130" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Экспортировать набор данных в JSONL, CSV или MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="133" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="135" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="138" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="143" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="146" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="149" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="153" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="156" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="161" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="164" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="168" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="171" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="173" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="176" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="182" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="185" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="187" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="189" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="192" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="192" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="196" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="202" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="205" />
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="208" />
        <source>Sessio&amp;n</source>
        <translation>Се&amp;анс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="211" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="214" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="218" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="221" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="225" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="228" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="231" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="244" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="247" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Объединить эту и следующую строку в одну ручную (например, два предложения переведены одним)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="251" />
        <source>&amp;Split row</source>
        <translation>&amp;Разделить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="254" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Разделить строку 2-1 / 1-2 на строки один к одному; строка 1-1 распадается на 1-0 и 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="258" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Связать выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="261" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Сделать строки, выбранные Shift+↓ (или мышью), одной строкой; одна строка подтверждается как ручная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="265" />
        <source>&amp;No translation</source>
        <translation>&amp;Нет перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="268" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>У предложений этой стороны нет пары: строка 1-0 или 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="272" />
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="275" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Задать язык предложения вручную (или вернуть определённый автоматически)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="281" />
        <source>Re-&amp;align article</source>
        <translation>&amp;Выровнять статью заново</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="284" />
        <source>Run the aligner again on this translation; manual rows are kept</source>
        <translation>Заново выровнять этот перевод; ручные строки сохраняются</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="68" />
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="75" />
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="81" />
        <source>Names panel</source>
        <translation>Панель имён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/keymap.py" line="83" />
        <source>QA findings</source>
        <translation>Замечания QA</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_curation.py" line="73" />
        <source>Canonical name:</source>
        <translation>Каноническое имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="60" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Редактировать предложение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="63" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Редактировать переведённое предложение строки (F2 или e; Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="66" />
        <source>Mark &amp;error…</source>
        <translation>Отметить &amp;ошибку…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="69" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Записать ошибку MQM на фрагменте перевода (i или Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="72" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Версии и различия…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="75" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Все версии переведённого предложения и отличия от машинного перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>Revie&amp;w</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="90" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>редактировать переведённое предложение (если e не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="98" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>отметить ошибку MQM в переводе (если i не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="43" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Перевести недостающее…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="45" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Машинно перевести каждый оригинал без перевода, без сети, установленными моделями</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="49" />
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="50" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Устанавливать, просматривать и удалять модели перевода Argos</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="55" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
</context><context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="15" />
        <source>About Sverka</source>
        <translation>О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/info.py" line="20" />
        <source>&lt;p&gt;Read news articles beside their translations, sentence by sentence, and tag them.&lt;/p&gt;&lt;p&gt;Every action is saved the moment it is made; Ctrl+Z undoes it, even after a restart.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Читайте новости рядом с их переводами, предложение за предложением, и размечайте их.&lt;/p&gt;&lt;p&gt;Каждое действие сохраняется сразу; Ctrl+Z отменяет его, даже после перезапуска.&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="36" />
        <location filename="../../desktop/sverka/ui/files.py" line="39" />
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="39" />
        <source>That file exists already; open it instead.</source>
        <translation>Такой файл уже есть; откройте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="45" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="61" />
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="63" />
        <source>Articles (*.txt *.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Статьи (*.txt *.jsonl *.json *.csv *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="70" />
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="80" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="82" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="83" />
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="97" />
        <source>Finishing an interrupted import…</source>
        <translation>Завершается прерванный импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="99" />
        <source>Could not finish an interrupted import: %1</source>
        <translation>Не удалось завершить прерванный импорт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="109" />
        <source>Finished an interrupted import: %1</source>
        <translation>Прерванный импорт завершён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="121" />
        <source>Imported %1 articles (%2 sentences), %3 already present</source>
        <translation>Импортировано статей: %1 (предложений: %2), уже были: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="124" />
        <source>; aligned %1 translations</source>
        <translation>; выровнено переводов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="126" />
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="154" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="157" />
        <source>Exported %1 records to %2</source>
        <translation>Экспортировано записей: %1 в %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="162" />
        <source>Export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="164" />
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/read_only.py" line="20" />
        <source>This project is read-only (%1): the change was not saved.</source>
        <translation>Проект открыт только для чтения (%1): изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="89" />
        <source>No translation model</source>
        <translation>Нет модели перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="91" />
        <source>No translation model is installed. Install an Argos .argosmodel file in Tools → Translation models… (it works offline), then translate again.</source>
        <translation>Модель перевода не установлена. Установите файл Argos .argosmodel в Сервис → Модели перевода… (работает без сети) и переведите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="106" />
        <source>Translating…</source>
        <translation>Перевод…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="108" />
        <source>Translation failed</source>
        <translation>Перевод не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="133" />
        <source>Translated %1 articles (%2 sentences; %3 from the cache)</source>
        <translation>Переведено статей: %1 (предложений: %2; из кэша: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="139" />
        <source>Translation cancelled; %1 articles saved</source>
        <translation>Перевод отменён; сохранено статей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="141" />
        <source>Nothing to translate: every original has a translation</source>
        <translation>Переводить нечего: у каждого оригинала есть перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="146" />
        <source>Some articles were not translated</source>
        <translation>Некоторые статьи не переведены</translation>
    </message>
</context></TS>