<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="59" />
        <source>Adjudicate disagreements — Sverka</source>
        <translation>Разбор расхождений — Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="64" />
        <source>This article only</source>
        <translation>Только эта статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="67" />
        <source>Label:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="74" />
        <source>Gold</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="89" />
        <source>Label keys toggle a gold label · Enter or m: the majority · Alt+1…9: an annotator's choice · Ctrl+Z undo</source>
        <translation>Клавиши меток меняют эталон · Enter или m: большинство · Alt+1…9: выбор разметчика · Ctrl+Z отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="99" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="100" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="177" />
        <source>every label</source>
        <translation>все метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="216" />
        <source>%1 disagreements, %2 decided</source>
        <translation>расхождений: %1, решено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="228" />
        <source>No disagreements: every sentence labeled by two or more people agrees.</source>
        <translation>Расхождений нет: все предложения, размеченные двумя и более людьми, совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="237" />
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="115" />
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="116" />
        <source>machine</source>
        <translation>машинный</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="117" />
        <source>post-edited</source>
        <translation>отредактирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="144" />
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="144" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="184" />
        <source>no aligned sentence (%1)</source>
        <translation>нет выровненного предложения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="185" />
        <source> (set by hand)</source>
        <translation> (задан вручную)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="187" />
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="189" />
        <source>auto, score %1</source>
        <translation>автоматически, оценка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="191" />
        <source> — worth a check</source>
        <translation> — стоит проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/models/alignment.py" line="193" />
        <source>not aligned yet (by position)</source>
        <translation>ещё не выровнено (по порядку)</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="224" />
        <source>Which translation is shown on the right</source>
        <translation>Какой перевод показан справа</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="252" />
        <source>No article</source>
        <translation>Нет статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="255" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="256" />
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="38" />
        <source>Search both languages…</source>
        <translation>Поиск на обоих языках…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="40" />
        <source>Full-text search over every language of every article (Ctrl+F)</source>
        <translation>Полнотекстовый поиск по всем языкам всех статей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="42" />
        <source>Show articles with this status</source>
        <translation>Показывать статьи с этим статусом</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="44" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="45" />
        <source>To do</source>
        <translation>Не начаты</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="46" />
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="47" />
        <source>Done</source>
        <translation>Готовы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="51" />
        <source>Every spelling of a name</source>
        <translation>Все написания имени</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="52" />
        <source>“Alma-Ata” also finds Almaty, Алматы, Алма-Ате … (the names panel's entities)</source>
        <translation>«Алма-Ата» находит и Almaty, Алматы, Алма-Ате … (сущности панели имён)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="54" />
        <source>F3 next hit · Shift+F3 previous hit, across articles</source>
        <translation>F3 — следующее совпадение · Shift+F3 — предыдущее, по всем статьям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="56" />
        <source>Show articles with a text in this language</source>
        <translation>Показывать статьи с текстом на этом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/article_panel.py" line="57" />
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
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/charts.py" line="33" />
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="29" />
        <source>Dashboard — Sverka</source>
        <translation>Сводка — Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="32" />
        <source>Progress per annotator (sentences labeled)</source>
        <translation>Прогресс разметчиков (размечено предложений)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="33" />
        <source>Agreement per label (Krippendorff's alpha)</source>
        <translation>Согласие по меткам (альфа Криппендорфа)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="34" />
        <source>Label distribution (people's labels)</source>
        <translation>Распределение меток (метки людей)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="35" />
        <source>Decisions per hour (UTC)</source>
        <translation>Решений в час (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="52" />
        <source>&amp;Save charts as PNG…</source>
        <translation>&amp;Сохранить графики в PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="95" />
        <source>%1 people · %2 articles</source>
        <translation>людей: %1 · статей: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="110" />
        <source>Save charts in</source>
        <translation>Сохранить графики в</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/dashboard.py" line="114" />
        <source>Saved %1 charts in %2</source>
        <translation>Сохранено графиков: %1 в %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="108" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="171" />
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="248" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="114" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="120" />
        <source>the first translation</source>
        <translation>первый перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="123" />
        <source>Pair each original sentence with the translation in this language</source>
        <translation>Сопоставлять каждое предложение оригинала с переводом на этот язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="124" />
        <source>Only sentences with at least one label</source>
        <translation>Только предложения хотя бы с одной меткой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="125" />
        <source>Only sentences marked reviewed</source>
        <translation>Только предложения, отмеченные как проверенные</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="126" />
        <source>Add normalized text (each name in the project's spelling)</source>
        <translation>Добавить нормализованный текст (каждое имя в написании проекта)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="128" />
        <source>Adds text_normalized and translation_normalized; the stored text is unchanged</source>
        <translation>Добавляет text_normalized и translation_normalized; сохранённый текст не меняется</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="130" />
        <source>Add the QA findings of each sentence's row</source>
        <translation>Добавить замечания QA к каждой строке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="131" />
        <source>Adds qa: the omissions, numbers, names… that Review ▸ QA findings lists</source>
        <translation>Добавляет qa: пропуски, числа, имена… из «Проверка ▸ Замечания QA»</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="132" />
        <source>Guard spreadsheet formulas (' before = + - @)</source>
        <translation>Защита от формул в таблицах (' перед = + - @)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="134" />
        <source>any label</source>
        <translation>любая метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="135" />
        <source>any status</source>
        <translation>любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="136" />
        <source>anyone</source>
        <translation>кто угодно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="137" />
        <source>any language</source>
        <translation>любой язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="147" />
        <source>Only the current article</source>
        <translation>Только текущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="151" />
        <source>everyone's labels (people only)</source>
        <translation>метки всех (только люди)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="152" />
        <source>majority of the people</source>
        <translation>большинство людей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="153" />
        <source>gold, else majority</source>
        <translation>эталон, иначе большинство</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="157" />
        <source>only %1</source>
        <translation>только %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="158" />
        <source>Split into train / validation / test (a folder with a dataset card)</source>
        <translation>Разделить на train / validation / test (папка с карточкой набора)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="164" />
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="175" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="176" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="177" />
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="181" />
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="182" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="183" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="184" />
        <source>Annotator</source>
        <translation>Разметчик</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="185" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="186" />
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="191" />
        <source>Shares</source>
        <translation>Доли</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="207" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="208" />
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/export.py" line="245" />
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
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
        <location filename="../../desktop/sverka/ui/main_window.py" line="99" />
        <source>Search both languages…</source>
        <translation>Поиск на обоих языках…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="112" />
        <location filename="../../desktop/sverka/ui/main_window.py" line="115" />
        <source>Opening…</source>
        <translation>Открываю…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="337" />
        <source>every language</source>
        <translation>все языки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="340" />
        <source>Languages of this project: %1</source>
        <translation>Языки этого проекта: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="380" />
        <source>Cannot open project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="386" />
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="388" />
        <source>Annotator: %1</source>
        <translation>Разметчик: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="411" />
        <source>No such project</source>
        <translation>Проекта нет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="412" />
        <source>%1 does not exist. Create a new project there, or choose where?</source>
        <translation>%1 не существует. Создать там новый проект или выбрать место?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="416" />
        <source>&amp;Create it</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="434" />
        <source>Stopping the running job…</source>
        <translation>Останавливаю текущую задачу…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="551" />
        <source>Sverka</source>
        <translation>Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/main_window.py" line="417" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
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
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="129" />
        <source>Mark translation error (MQM)</source>
        <translation>Отметить ошибку перевода (MQM)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="155" />
        <source>why, or the right wording</source>
        <translation>почему, или верный вариант</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="164" />
        <source>&amp;Span:</source>
        <translation>&amp;Фрагмент:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="166" />
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="167" />
        <source>Severity:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="168" />
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="169" />
        <source>Marked:</source>
        <translation>Отмечено:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="213" />
        <source> [span changed by a post-edit]</source>
        <translation> [фрагмент изменён при редактировании]</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="219" />
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
        <location filename="../../desktop/sverka/ui/names_panel.py" line="124" />
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="126" />
        <source>Merge the selected entities into the most mentioned (M)</source>
        <translation>Объединить выбранные сущности с самой упоминаемой (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="128" />
        <source>Split</source>
        <translation>Отделить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="128" />
        <source>Make the selected spelling its own entity (S)</source>
        <translation>Сделать выбранное написание отдельной сущностью (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="129" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="129" />
        <source>Change the canonical name (F2)</source>
        <translation>Изменить каноническое имя (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="131" />
        <source>Not a name</source>
        <translation>Не имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="133" />
        <source>Hide these mentions from views and exports (Delete)</source>
        <translation>Скрыть эти упоминания из просмотра и экспорта (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="135" />
        <source>Detect</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="135" />
        <source>Find name mentions in every article again</source>
        <translation>Заново найти упоминания имён во всех статьях</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="216" />
        <source>Spellings of %1</source>
        <translation>Написания: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="218" />
        <source>not a name</source>
        <translation>не имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="224" />
        <source>Select a name to see its spellings</source>
        <translation>Выберите имя, чтобы увидеть его написания</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="249" />
        <source>%1, sentence %2</source>
        <translation>%1, предложение %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="259" />
        <source>%1 translated sentences use another spelling than the project's choice. Choose a spelling with L on a variant in the Entities tab.</source>
        <translation>Переведённых предложений с написанием, отличным от выбранного в проекте: %1. Выберите написание клавишей L на варианте во вкладке «Сущности».</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="263" />
        <source>Consistency (%1)</source>
        <translation>Единообразие (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="282" />
        <source>merge the selected names into the most mentioned</source>
        <translation>объединить выбранные имена с самым упоминаемым</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="283" />
        <source>rename the selected name</source>
        <translation>переименовать выбранное имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="286" />
        <source>not a name (the name, or the spelling in the spellings list)</source>
        <translation>не имя (имя или написание в списке написаний)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="289" />
        <source>split the selected spelling out as its own name</source>
        <translation>отделить выбранное написание в отдельное имя</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="290" />
        <source>use the selected spelling in its language</source>
        <translation>использовать выбранное написание в его языке</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="316" />
        <source>Merge into the most mentioned	M</source>
        <translation>Объединить с самым упоминаемым	M</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="317" />
        <source>Rename…	F2</source>
        <translation>Переименовать…	F2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="318" />
        <source>Not a name	Delete</source>
        <translation>Не имя	Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="320" />
        <source>Split out as its own name	S</source>
        <translation>Отделить в отдельное имя	S</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="321" />
        <source>Use this spelling in its language	L</source>
        <translation>Использовать это написание в его языке	L</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/names_panel.py" line="322" />
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
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="88" />
        <source>Post-edit sentence</source>
        <translation>Редактирование предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="99" />
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
        <location filename="../../desktop/sverka/ui/workers.py" line="218" />
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
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="268" />
        <source>Revisions and diff</source>
        <translation>Версии и различия</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="278" />
        <source>Wording</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="296" />
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/dialogs.py" line="299" />
        <source>MQM errors</source>
        <translation>Ошибки MQM</translation>
    </message>
</context>
<context>
    <name>RowEdits</name>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="52" />
        <source>This article has no translation to align with.</source>
        <translation>У этой статьи нет перевода для выравнивания.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="72" />
        <source>The last row has no next row to merge with.</source>
        <translation>После последней строки нет строки для объединения.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="86" />
        <source>This row is not aligned yet: use Article ▸ Re-align.</source>
        <translation>Эта строка ещё не выровнена: используйте Статья ▸ Выровнять заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="91" />
        <source>A row of one sentence cannot be split further.</source>
        <translation>Строку из одного предложения нельзя разделить.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="106" />
        <source>There is no sentence on this side of the row.</source>
        <translation>На этой стороне строки нет предложения.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="132" />
        <source>Re-aligned: %1 rows, %2 manual rows kept</source>
        <translation>Выровнено заново: строк %1, сохранено ручных строк: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="152" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="152" />
        <source>ISO 639 code (e.g. ky, uz, de):</source>
        <translation>Код ISO 639 (например, ky, uz, de):</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="158" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="163" />
        <source>&amp;Other…</source>
        <translation>&amp;Другой…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/row_edits.py" line="164" />
        <source>&amp;Detected</source>
        <translation>&amp;Определённый автоматически</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="48" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="118" />
        <source>Schema: %1</source>
        <translation>Схема: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="68" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="56" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="68" />
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="72" />
        <source>&amp;New schema…</source>
        <translation>&amp;Новая схема…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="74" />
        <source>&amp;Import schema file…</source>
        <translation>&amp;Импорт файла схемы…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="76" />
        <source>E&amp;xport schema file…</source>
        <translation>&amp;Экспорт файла схемы…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="79" />
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="81" />
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="99" />
        <source>Edits are saved at once; Ctrl+Z in the main window undoes them. Double-click a colour to change it.</source>
        <translation>Изменения сохраняются сразу; Ctrl+Z в главном окне их отменяет. Дважды щёлкните цвет, чтобы его изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>New schema</source>
        <translation>Новая схема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="126" />
        <source>Name of the new schema:</source>
        <translation>Название новой схемы:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="141" />
        <source>Import schema file</source>
        <translation>Импорт файла схемы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="141" />
        <source>Schema files (*.json);;All files (*)</source>
        <translation>Файлы схем (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="159" />
        <source>Export schema file</source>
        <translation>Экспорт файла схемы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="159" />
        <source>Schema files (*.json)</source>
        <translation>Файлы схем (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="182" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="70" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="202" />
        <source>multiple labels</source>
        <translation>несколько меток</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="203" />
        <source>one label only</source>
        <translation>только одна метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="111" />
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="220" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="250" />
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="261" />
        <source>new label %1</source>
        <translation>новая метка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/schema_editor.py" line="271" />
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
</context>
<context>
    <name>SentenceDelegate</name>
    <message>
        <location filename="../../desktop/sverka/ui/delegates.py" line="106" />
        <source>— not translated —</source>
        <translation>— не переведено —</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/delegates.py" line="108" />
        <source>— not in the original —</source>
        <translation>— нет в оригинале —</translation>
    </message>
</context>
<context>
    <name>SentenceView</name>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="158" />
        <source>previous / next sentence</source>
        <translation>предыдущее / следующее предложение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="161" />
        <source>original / translation side</source>
        <translation>сторона оригинала / перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="162" />
        <source>pick a range of rows (for a relink)</source>
        <translation>выбрать диапазон строк (для связывания)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="164" />
        <source>add or edit a note (Enter saves)</source>
        <translation>заметка (Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="167" />
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="168" />
        <source>mark reviewed / unreviewed</source>
        <translation>проверено / не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="191" />
        <source>toggle the label “%1”</source>
        <translation>включить/выключить метку «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/sentence_view.py" line="187" />
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
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="38" />
        <source>As the articles read</source>
        <translation>В порядке статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="39" />
        <source>Least sure suggestions first (teaches the model most)</source>
        <translation>Сначала самые неуверенные подсказки (модель учится быстрее)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="41" />
        <source>Likely “%1” first</source>
        <translation>Сначала вероятные «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="46" />
        <source>The queue holds the sentences you have not labeled yet.</source>
        <translation>В очереди — предложения, которые вы ещё не разметили.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="47" />
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="48" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="49" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/session.py" line="50" />
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
</context>
<context>
    <name>SessionMode</name>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="26" />
        <source>Annotation session: time, decisions, remaining, pace</source>
        <translation>Сеанс разметки: время, решения, осталось, темп</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="110" />
        <source>The session queue is empty: all done.</source>
        <translation>Очередь сеанса пуста: всё сделано.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="150" />
        <source>Session stopped · done %1 · time %2 · %3 decisions per hour</source>
        <translation>Сессия остановлена · сделано %1 · время %2 · %3 решений в час</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="164" />
        <source>Annotation session</source>
        <translation>Сессия разметки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/session_mode.py" line="192" />
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
    <name>Suggestions</name>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="67" />
        <source>accept the row's suggestions (the hollow chips) as your labels</source>
        <translation>принять подсказки строки (пустые метки) как свои метки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="144" />
        <source>Suggestions: training failed: %1</source>
        <translation>Подсказки: обучение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="226" />
        <source>No suggestions on this row</source>
        <translation>В этой строке нет подсказок</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="261" />
        <source>Suggestions off (pip install 'sverka[suggest]')</source>
        <translation>Подсказки выключены (pip install 'sverka[suggest]')</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="267" />
        <source>training…</source>
        <translation>обучение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="271" />
        <source>%1 of %2 labels</source>
        <translation>%1 из %2 меток</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="278" />
        <source>accepted %1/%2 (%3)</source>
        <translation>принято %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="283" />
        <source>Suggestions: %1</source>
        <translation>Подсказки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="283" />
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="288" />
        <source>A label is suggested once %1 sentences have it and %1 lack it (labels by people only).</source>
        <translation>Метка предлагается, когда её имеют %1 предложений и %1 не имеют (учитываются только метки людей).</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="291" />
        <source>Trained on %1 sentences.</source>
        <translation>Обучено на %1 предложениях.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="295" />
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="295" />
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/suggestions.py" line="297" />
        <source>a accepts the current row's suggestions; accepted = rows accepted of rows decided.</source>
        <translation>a принимает подсказки текущей строки; принято = принятые строки из решённых.</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="53" />
        <source>Translate missing</source>
        <translation>Перевести недостающее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="57" />
        <source>&amp;All articles without a translation</source>
        <translation>&amp;Все статьи без перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="58" />
        <source>The &amp;current article</source>
        <translation>&amp;Текущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="62" />
        <source>The &amp;selected article</source>
        <translation>В&amp;ыбранная статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="64" />
        <source>The &amp;selected articles (%1)</source>
        <translation>В&amp;ыбранные статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="88" />
        <source>Wider beams search more translations per sentence: slower, sometimes better</source>
        <translation>Более широкий луч перебирает больше вариантов перевода: медленнее, иногда лучше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="92" />
        <source>Translate</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="97" />
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="98" />
        <source>&amp;Target language:</source>
        <translation>&amp;Язык перевода:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="99" />
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="100" />
        <source>&amp;Beam size:</source>
        <translation>&amp;Ширина луча:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/dialogs/translate.py" line="107" />
        <source>Best route (direct, or through a pivot language)</source>
        <translation>Лучший путь (напрямую или через язык-посредник)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="63" />
        <source>Who is annotating?</source>
        <translation>Кто размечает?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/app.py" line="64" />
        <source>Your name (it goes on every label, note and undo step):</source>
        <translation>Ваше имя (оно будет на каждой метке, заметке и шаге отмены):</translation>
    </message>
</context>
<context>
    <name>bench.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="33" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
</context>
<context>
    <name>self.bench.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="49" />
        <source>Go to the next / previous hit of the search, in any article</source>
        <translation>К следующему / предыдущему совпадению поиска в любой статье</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="124" />
        <source>search hit %1 of %2</source>
        <translation>совпадение %1 из %2</translation>
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
        <location filename="../../desktop/sverka/ui/review/tools.py" line="130" />
        <source>This article has no translation to review</source>
        <translation>У этой статьи нет перевода для проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="134" />
        <source>No translated sentence in this row</source>
        <translation>В этой строке нет переведённого предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="138" />
        <source>This row has %1 translated sentences; working on the first</source>
        <translation>В строке переведённых предложений: %1; работаем с первым</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="245" />
        <source>post-edited</source>
        <translation>отредактирован</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="231" />
        <source>Translation models…</source>
        <translation>Модели перевода…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="133" />
        <source>Labels of</source>
        <translation>Метки разметчика</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="133" />
        <source>Show the labels of:</source>
        <translation>Показать метки:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="142" />
        <source>Showing the labels of %1 (Ctrl+Shift+A: mine only)</source>
        <translation>Показаны метки %1 (Ctrl+Shift+A: только мои)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/queue.py" line="48" />
        <source>next row to check: omissions, additions and QA findings first, then unsure rows</source>
        <translation>следующая строка для проверки: сначала пропуски, добавления и находки QA, затем сомнительные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/queue.py" line="79" />
        <source>Nothing to check in this article</source>
        <translation>В этой статье нечего проверять</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="55" />
        <source>&amp;Article list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="56" />
        <source>&amp;Label palette</source>
        <translation>&amp;Палитра меток</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/layout.py" line="75" />
        <source>Show or hide this pane: the sentences take its width</source>
        <translation>Показать или скрыть панель: предложения займут её место</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="114" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="121" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="124" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="128" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Экспортировать набор данных в JSONL, CSV или MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="150" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="162" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="165" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="169" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="172" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="183" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="186" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="188" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="195" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="199" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="204" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="206" />
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="209" />
        <source>Sessio&amp;n</source>
        <translation>Се&amp;анс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="212" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="215" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="219" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="222" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="226" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="229" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="234" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="245" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="248" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Объединить эту и следующую строку в одну ручную (например, два предложения переведены одним)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="252" />
        <source>&amp;Split row</source>
        <translation>&amp;Разделить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="255" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Разделить строку 2-1 / 1-2 на строки один к одному; строка 1-1 распадается на 1-0 и 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="259" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Связать выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="262" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Сделать строки, выбранные Shift+↓ (или мышью), одной строкой; одна строка подтверждается как ручная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="266" />
        <source>&amp;No translation</source>
        <translation>&amp;Нет перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="269" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>У предложений этой стороны нет пары: строка 1-0 или 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="273" />
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="276" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Задать язык предложения вручную (или вернуть определённый автоматически)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="283" />
        <source>Re-&amp;align article</source>
        <translation>&amp;Выровнять статью заново</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="286" />
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
        <location filename="../../desktop/sverka/ui/keymap.py" line="85" />
        <source>Adjudication</source>
        <translation>Разбор расхождений</translation>
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
        <location filename="../../desktop/sverka/ui/review/tools.py" line="65" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Редактировать предложение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="68" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Редактировать переведённое предложение строки (F2 или e; Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="71" />
        <source>Mark &amp;error…</source>
        <translation>Отметить &amp;ошибку…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="74" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Записать ошибку MQM на фрагменте перевода (i или Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Версии и различия…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="80" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Все версии переведённого предложения и отличия от машинного перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="82" />
        <source>Revie&amp;w</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="96" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>редактировать переведённое предложение (если e не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="104" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>отметить ошибку MQM в переводе (если i не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="39" />
        <source>Next search &amp;hit</source>
        <translation>Следующее &amp;совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="40" />
        <source>Previous search hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="87" />
        <source>no hits</source>
        <translation>совпадений нет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>%1 hits</source>
        <translation>совпадений: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>1 hit</source>
        <translation>1 совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="93" />
        <source>hit %1 of %2</source>
        <translation>совпадение %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="51" />
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="53" />
        <source>&amp;Annotator for this project…</source>
        <translation>&amp;Разметчик этого проекта…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="56" />
        <source>Show &amp;everyone's labels</source>
        <translation>Метки &amp;всех</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="59" />
        <source>Chips of the labels other annotators and the gold gave</source>
        <translation>Метки других разметчиков и эталона</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="63" />
        <source>Show &amp;one annotator's labels…</source>
        <translation>Метки &amp;одного разметчика…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="67" />
        <source>A&amp;djudicate disagreements…</source>
        <translation>&amp;Разобрать расхождения…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="70" />
        <source>Set gold labels where people disagree</source>
        <translation>Задать эталонные метки там, где разметчики расходятся</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="76" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="79" />
        <source>Progress, agreement and labels as charts</source>
        <translation>Прогресс, согласие и метки на графиках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="82" />
        <source>&amp;Merge annotators' projects…</source>
        <translation>&amp;Объединить проекты разметчиков…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="83" />
        <source>Join copies of this project that annotators worked on apart</source>
        <translation>Объединить копии проекта, размеченные по отдельности</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="139" />
        <source>next / previous disagreement</source>
        <translation>следующее / предыдущее расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="144" />
        <source>gold = the majority, then the next disagreement</source>
        <translation>эталон = большинство, затем следующее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="152" />
        <source>gold = the n-th annotator's choice, then the next</source>
        <translation>эталон = выбор n-го разметчика, затем следующее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="158" />
        <source>toggle that gold label</source>
        <translation>включить/выключить эталонную метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="52" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Перевести недостающее…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="54" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Машинно перевести каждый оригинал без перевода, без сети, установленными моделями</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="58" />
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="59" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Устанавливать, просматривать и удалять модели перевода Argos</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="64" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
</context><context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="108" />
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="109" />
        <source>Open a project file</source>
        <translation>Открыть файл проекта</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="114" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="117" />
        <source>Import articles (txt, JSONL, CSV); you can also drop files on the window</source>
        <translation>Импортировать статьи (txt, JSONL, CSV); файлы можно и перетащить в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="121" />
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="124" />
        <source>Import every article file in a folder</source>
        <translation>Импортировать все статьи из папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="128" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="131" />
        <source>Export the dataset as JSONL, CSV or MQM TSV</source>
        <translation>Экспортировать набор данных в JSONL, CSV или MQM TSV</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="134" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="137" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="139" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="144" />
        <source>Search articles in every language</source>
        <translation>Искать статьи на всех языках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="147" />
        <source>Article &amp;list</source>
        <translation>&amp;Список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="150" />
        <source>Move the keyboard to the article list</source>
        <translation>Перевести клавиатуру в список статей</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="154" />
        <source>&amp;Sentences</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="157" />
        <source>Move the keyboard to the sentences</source>
        <translation>Перевести клавиатуру к предложениям</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="162" />
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="165" />
        <source>Add or edit a note on the current sentence (key n)</source>
        <translation>Добавить или изменить заметку к предложению (клавиша n)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="169" />
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="172" />
        <source>Mark the current sentence reviewed (Space)</source>
        <translation>Отметить предложение как проверенное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="174" />
        <source>One key labels and &amp;moves on</source>
        <translation>Одна клавиша: метка и &amp;переход дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="177" />
        <source>When on, a label key also moves to the next sentence</source>
        <translation>Если включено, клавиша метки переводит к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="183" />
        <source>Edit &amp;schema…</source>
        <translation>Изменить &amp;схему…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="186" />
        <source>Add, rename and recolour labels; set hotkeys and groups</source>
        <translation>Добавлять, переименовывать и перекрашивать метки; задавать клавиши и группы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="188" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="190" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="191" />
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="193" />
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="194" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="195" />
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="197" />
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="198" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="199" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="203" />
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="204" />
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="206" />
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="209" />
        <source>Sessio&amp;n</source>
        <translation>Се&amp;анс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="212" />
        <source>&amp;Start annotation session…</source>
        <translation>&amp;Начать сеанс разметки…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="215" />
        <source>Queue the sentences you have not labeled yet</source>
        <translation>Очередь из ещё не размеченных вами предложений</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="219" />
        <source>&amp;Next in queue</source>
        <translation>&amp;Следующее в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="222" />
        <source>Go to the next unlabeled sentence of the session</source>
        <translation>Перейти к следующему неразмеченному предложению сеанса</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="226" />
        <source>S&amp;top session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="229" />
        <source>End the session (it can be resumed until then)</source>
        <translation>Завершить сеанс (до этого его можно продолжить)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="233" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="234" />
        <source>&amp;About Sverka</source>
        <translation>&amp;О программе Sverka</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="245" />
        <source>&amp;Merge with next row</source>
        <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="248" />
        <source>Join this row and the next into one manual row (e.g. two sentences translated as one)</source>
        <translation>Объединить эту и следующую строку в одну ручную (например, два предложения переведены одним)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="252" />
        <source>&amp;Split row</source>
        <translation>&amp;Разделить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="255" />
        <source>Split a 2-1 / 1-2 row into one-to-one rows; a 1-1 row comes apart into 1-0 and 0-1</source>
        <translation>Разделить строку 2-1 / 1-2 на строки один к одному; строка 1-1 распадается на 1-0 и 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="259" />
        <source>&amp;Relink selected rows</source>
        <translation>&amp;Связать выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="262" />
        <source>Make the rows picked with Shift+↓ (or a drag) one row; one row alone is confirmed as manual</source>
        <translation>Сделать строки, выбранные Shift+↓ (или мышью), одной строкой; одна строка подтверждается как ручная</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="266" />
        <source>&amp;No translation</source>
        <translation>&amp;Нет перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="269" />
        <source>This side's sentences have no counterpart: a 1-0 or 0-1 row</source>
        <translation>У предложений этой стороны нет пары: строка 1-0 или 0-1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="273" />
        <source>&amp;Language…</source>
        <translation>&amp;Язык…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="276" />
        <source>Set the language of the current sentence by hand (or back to the detected one)</source>
        <translation>Задать язык предложения вручную (или вернуть определённый автоматически)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="283" />
        <source>Re-&amp;align article</source>
        <translation>&amp;Выровнять статью заново</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/actions.py" line="286" />
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
        <location filename="../../desktop/sverka/ui/keymap.py" line="85" />
        <source>Adjudication</source>
        <translation>Разбор расхождений</translation>
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
        <location filename="../../desktop/sverka/ui/review/tools.py" line="65" />
        <source>&amp;Post-edit sentence…</source>
        <translation>&amp;Редактировать предложение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="68" />
        <source>Edit the translated sentence of this row (F2 or e; Enter saves)</source>
        <translation>Редактировать переведённое предложение строки (F2 или e; Enter сохраняет)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="71" />
        <source>Mark &amp;error…</source>
        <translation>Отметить &amp;ошибку…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="74" />
        <source>Record an MQM error on a span of the translation (i or Alt+I)</source>
        <translation>Записать ошибку MQM на фрагменте перевода (i или Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="77" />
        <source>&amp;Revisions and diff…</source>
        <translation>&amp;Версии и различия…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="80" />
        <source>Every wording of the translated sentence, and the diff from the machine output</source>
        <translation>Все версии переведённого предложения и отличия от машинного перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="82" />
        <source>Revie&amp;w</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="96" />
        <source>post-edit the translated sentence (unless a label uses e)</source>
        <translation>редактировать переведённое предложение (если e не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/review/tools.py" line="104" />
        <source>mark an MQM error on the translation (unless a label uses i)</source>
        <translation>отметить ошибку MQM в переводе (если i не занята меткой)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="39" />
        <source>Next search &amp;hit</source>
        <translation>Следующее &amp;совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="40" />
        <source>Previous search hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="87" />
        <source>no hits</source>
        <translation>совпадений нет</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>%1 hits</source>
        <translation>совпадений: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="91" />
        <source>1 hit</source>
        <translation>1 совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/search_hits.py" line="93" />
        <source>hit %1 of %2</source>
        <translation>совпадение %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="51" />
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="53" />
        <source>&amp;Annotator for this project…</source>
        <translation>&amp;Разметчик этого проекта…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="56" />
        <source>Show &amp;everyone's labels</source>
        <translation>Метки &amp;всех</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="59" />
        <source>Chips of the labels other annotators and the gold gave</source>
        <translation>Метки других разметчиков и эталона</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="63" />
        <source>Show &amp;one annotator's labels…</source>
        <translation>Метки &amp;одного разметчика…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="67" />
        <source>A&amp;djudicate disagreements…</source>
        <translation>&amp;Разобрать расхождения…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="70" />
        <source>Set gold labels where people disagree</source>
        <translation>Задать эталонные метки там, где разметчики расходятся</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="76" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="79" />
        <source>Progress, agreement and labels as charts</source>
        <translation>Прогресс, согласие и метки на графиках</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="82" />
        <source>&amp;Merge annotators' projects…</source>
        <translation>&amp;Объединить проекты разметчиков…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/__init__.py" line="83" />
        <source>Join copies of this project that annotators worked on apart</source>
        <translation>Объединить копии проекта, размеченные по отдельности</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="139" />
        <source>next / previous disagreement</source>
        <translation>следующее / предыдущее расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="144" />
        <source>gold = the majority, then the next disagreement</source>
        <translation>эталон = большинство, затем следующее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="152" />
        <source>gold = the n-th annotator's choice, then the next</source>
        <translation>эталон = выбор n-го разметчика, затем следующее</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/adjudication.py" line="158" />
        <source>toggle that gold label</source>
        <translation>включить/выключить эталонную метку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="52" />
        <source>&amp;Translate missing…</source>
        <translation>&amp;Перевести недостающее…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="54" />
        <source>Machine-translate every original that has no translation yet, offline with the installed models</source>
        <translation>Машинно перевести каждый оригинал без перевода, без сети, установленными моделями</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="58" />
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="59" />
        <source>Install, list and remove Argos translation models</source>
        <translation>Устанавливать, просматривать и удалять модели перевода Argos</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="64" />
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
        <location filename="../../desktop/sverka/ui/files.py" line="37" />
        <location filename="../../desktop/sverka/ui/files.py" line="40" />
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="40" />
        <source>That file exists already; open it instead.</source>
        <translation>Такой файл уже есть; откройте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="46" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="62" />
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="64" />
        <source>Articles (*.txt *.jsonl *.json *.csv *.tsv *.tmx);;All files (*)</source>
        <translation>Статьи (*.txt *.jsonl *.json *.csv *.tsv *.tmx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="71" />
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="81" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="83" />
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="84" />
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="98" />
        <source>Finishing an interrupted import…</source>
        <translation>Завершается прерванный импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="100" />
        <source>Could not finish an interrupted import: %1</source>
        <translation>Не удалось завершить прерванный импорт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="110" />
        <source>Finished an interrupted import: %1</source>
        <translation>Прерванный импорт завершён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="122" />
        <source>Imported %1 articles (%2 sentences), %3 already present</source>
        <translation>Импортировано статей: %1 (предложений: %2), уже были: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="125" />
        <source>; aligned %1 translations</source>
        <translation>; выровнено переводов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="127" />
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="156" />
        <source>Exported %1 records to %2</source>
        <translation>Экспортировано записей: %1 в %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="159" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="160" />
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="174" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="179" />
        <source>Export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/files.py" line="181" />
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/read_only.py" line="20" />
        <source>This project is read-only (%1): the change was not saved.</source>
        <translation>Проект открыт только для чтения (%1): изменение не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/annotator.py" line="60" />
        <source>Annotator</source>
        <translation>Разметчик</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/annotator.py" line="61" />
        <source>Who annotates in this project (remembered for it)?</source>
        <translation>Кто размечает этот проект (запоминается для него)?</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="29" />
        <source>Password of %1 for the team database %2:</source>
        <translation>Пароль %1 для командной базы %2:</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="31" />
        <source>Wrong password. </source>
        <translation>Неверный пароль. </translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/connect.py" line="32" />
        <source>Team server</source>
        <translation>Командный сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="69" />
        <source>Merge annotators' projects</source>
        <translation>Объединить проекты разметчиков</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="80" />
        <source>%1 is this project itself: pick the copies to merge into it</source>
        <translation>%1 — это сам проект: выберите копии для объединения</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="86" />
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="88" />
        <source>Merge failed: %1</source>
        <translation>Объединение не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="89" />
        <source>Merge cancelled: nothing was changed</source>
        <translation>Объединение отменено: ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="99" />
        <source>Merge done</source>
        <translation>Объединение готово</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/teams/merge.py" line="103" />
        <source>Merged %1 copies</source>
        <translation>Объединено копий: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="127" />
        <source>No translation model</source>
        <translation>Нет модели перевода</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="129" />
        <source>No translation model is installed. Install an Argos .argosmodel file in Tools → Translation models… (it works offline), then translate again.</source>
        <translation>Модель перевода не установлена. Установите файл Argos .argosmodel в Сервис → Модели перевода… (работает без сети) и переведите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="170" />
        <source>Translating…</source>
        <translation>Перевод…</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="172" />
        <source>Translation failed</source>
        <translation>Перевод не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="197" />
        <source>Translated 1 article (%2 sentences; %3 from the cache)</source>
        <translation>Переведена 1 статья (предложений: %2; из кэша: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="199" />
        <source>Translated %1 articles (%2 sentences; %3 from the cache)</source>
        <translation>Переведено статей: %1 (предложений: %2; из кэша: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="206" />
        <source>Translation cancelled; 1 article saved</source>
        <translation>Перевод отменён; сохранена 1 статья</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="208" />
        <source>Translation cancelled; %1 articles saved</source>
        <translation>Перевод отменён; сохранено статей: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="211" />
        <source>; sentences kept in the cache for the next run: %1</source>
        <translation>; предложений сохранено в кэше для следующего запуска: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="215" />
        <source>Nothing to translate: %1</source>
        <translation>Переводить нечего: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="217" />
        <source>Nothing to translate: every original has a translation</source>
        <translation>Переводить нечего: у каждого оригинала есть перевод</translation>
    </message>
    <message>
        <location filename="../../desktop/sverka/ui/translate_action.py" line="222" />
        <source>Some articles were not translated</source>
        <translation>Некоторые статьи не переведены</translation>
    </message>
</context></TS>