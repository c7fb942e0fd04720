<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AutostartText</name>
    <message>
        <source>Starting on login is not available on this system.</source>
        <extracomment>Seconds GNOME waits after login: the tray and the notification service come up first. Program names that are this app (a user&apos;s own entry may say plain ``coach``).</extracomment>
        <translation>Запуск при входе в систему здесь недоступен.</translation>
    </message>
    <message>
        <source>Autostart entry {path}</source>
        <extracomment>Characters that force quoting of an Exec argument (Desktop Entry spec, &quot;Exec key&quot;). Characters escaped with a backslash inside a quoted Exec argument.</extracomment>
        <translation>Файл автозапуска {path}</translation>
    </message>
    <message>
        <source>Registry value &quot;{value}&quot; in {key}</source>
        <translation>Значение реестра «{value}» в {key}</translation>
    </message>
    <message>
        <source>Launch agent {path}</source>
        <translation>Агент запуска {path}</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Cramps that night</source>
        <translation>Судороги за ночь</translation>
    </message>
    <message>
        <source>Stretched that evening</source>
        <translation>Вечером была растяжка</translation>
    </message>
    <message>
        <source>Not stretched</source>
        <translation>Без растяжки</translation>
    </message>
    <message>
        <source>{day}: before the diary starts</source>
        <translation>{day}: до начала дневника</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>растяжка была</translation>
    </message>
    <message>
        <source>not stretched</source>
        <translation>без растяжки</translation>
    </message>
    <message>
        <source>no cramp</source>
        <translation>без судорог</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n судорога</numerusform>
            <numerusform>%n судороги</numerusform>
            <numerusform>%n судорог</numerusform>
        </translation>
    </message>
    <message>
        <source>worst {level} of 5</source>
        <translation>сильнее всего {level} из 5</translation>
    </message>
    <message>
        <source>Chart of cramps per night and evenings stretched</source>
        <translation>График: судороги по ночам и вечера с растяжкой</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Последняя %n неделя</numerusform>
            <numerusform>Последние %n недели</numerusform>
            <numerusform>Последние %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>{period}: no entries.</source>
        <translation>{period}: записей нет.</translation>
    </message>
    <message>
        <source>{period} (the diary starts on {date})</source>
        <translation>{period} (дневник начат {date})</translation>
    </message>
    <message numerus="yes">
        <source>on %n night(s)</source>
        <translation>
            <numerusform>за %n ночь</numerusform>
            <numerusform>за %n ночи</numerusform>
            <numerusform>за %n ночей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}: {stretched} of %n evening(s) stretched, {cramps}.</source>
        <translation>
            <numerusform>{period}: растяжка в {stretched} из %n вечера, {cramps}.</numerusform>
            <numerusform>{period}: растяжка в {stretched} из %n вечеров, {cramps}.</numerusform>
            <numerusform>{period}: растяжка в {stretched} из %n вечеров, {cramps}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>CountdownText</name>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrampText</name>
    <message>
        <source>Left</source>
        <translation>Левая</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Левая нога</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правая</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Правая нога</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Обе</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Обе ноги</translation>
    </message>
    <message>
        <source>When to get medical help</source>
        <translation>Когда нужен врач</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Relief step</source>
        <translation>Шаг помощи</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Illustration of the step</source>
        <translation>Рисунок к шагу</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Or else</source>
        <translation>Или так</translation>
    </message>
    <message>
        <source>Hold timer</source>
        <translation>Таймер удержания</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Предыдущий шаг (стрелка влево)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Next step (Space or Right arrow)</source>
        <translation>Следующий шаг (пробел или стрелка вправо)</translation>
    </message>
    <message>
        <source>It&apos;s gone</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>The cramp is gone (Escape)</source>
        <translation>Судорога прошла (Escape)</translation>
    </message>
    <message>
        <source>Log this cramp</source>
        <translation>Записать судорогу</translation>
    </message>
    <message>
        <source>Log this cramp?</source>
        <translation>Записать судорогу в дневник?</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Сколько длилась</translation>
    </message>
    <message>
        <source>How bad: {level} of 5</source>
        <translation>Сила: {level} из 5</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Заметка (по желанию)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Сохранить  (Enter)</translation>
    </message>
    <message>
        <source>Save the diary entry (Enter)</source>
        <translation>Сохранить запись в дневнике (Enter)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Не записывать  (Esc)</translation>
    </message>
    <message>
        <source>Skip the diary entry (Escape)</source>
        <translation>Не записывать в дневник (Escape)</translation>
    </message>
    <message>
        <source>Which leg?  (L, R, B)</source>
        <translation>Какая нога?  (L, R, B)</translation>
    </message>
    <message>
        <source>How bad?  (1 mild, 5 worst)</source>
        <translation>Насколько сильно?  (1 слабо, 5 сильно)</translation>
    </message>
    <message>
        <source>It lasted about {duration}.</source>
        <translation>Длилась примерно {duration}.</translation>
    </message>
    <message>
        <source>Relief steps are missing</source>
        <translation>Шаги помощи не найдены</translation>
    </message>
    <message>
        <source>Stretch the calf gently: pull your toes toward your knee.</source>
        <translation>Мягко растяните икру: потяните носок к колену.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Шаг {step} из {steps}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Hold while the timer runs.  Space or → next step,  ← back,  Esc when it&apos;s gone.</source>
        <translation>Держите, пока идёт таймер.  Пробел или → дальше,  ← назад,  Esc, когда прошло.</translation>
    </message>
    <message>
        <source>Done. Press Esc if the cramp is gone.</source>
        <translation>Готово. Если судорога прошла, нажмите Esc.</translation>
    </message>
    <message>
        <source>Done. Press Space for the next step, or keep holding.</source>
        <translation>Готово. Пробел — следующий шаг, или держите дальше.</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message>
        <source>Not noted</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Левая нога</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Правая нога</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Обе ноги</translation>
    </message>
    <message>
        <source>1 of 5 (mild)</source>
        <translation>1 из 5 (слабо)</translation>
    </message>
    <message>
        <source>2 of 5</source>
        <translation>2 из 5</translation>
    </message>
    <message>
        <source>3 of 5</source>
        <translation>3 из 5</translation>
    </message>
    <message>
        <source>4 of 5</source>
        <translation>4 из 5</translation>
    </message>
    <message>
        <source>5 of 5 (worst)</source>
        <translation>5 из 5 (очень сильно)</translation>
    </message>
    <message>
        <source>Add a cramp</source>
        <translation>Добавить судорогу</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>Заголовок формы</translation>
    </message>
    <message>
        <source>Form hint</source>
        <translation>Подсказка к форме</translation>
    </message>
    <message>
        <source>When it happened (local time)</source>
        <translation>Когда это было (местное время)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>How long: minutes</source>
        <translation>Длительность: минуты</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long: seconds</source>
        <translation>Длительность: секунды</translation>
    </message>
    <message>
        <source>0 min 0 s means not noted</source>
        <translation>0 мин 0 с — не указано</translation>
    </message>
    <message>
        <source>Duration hint</source>
        <translation>Подсказка к длительности</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Какая нога</translation>
    </message>
    <message>
        <source>How bad, 1 mild to 5 worst</source>
        <translation>Насколько сильно, от 1 (слабо) до 5 (очень)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Заметка (по желанию)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Сколько длилась</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Насколько сильно</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>{field} label</source>
        <translation>Подпись «{field}»</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Сохранить  (Enter)</translation>
    </message>
    <message>
        <source>Save the entry (Enter)</source>
        <translation>Сохранить запись (Enter)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Отмена  (Esc)</translation>
    </message>
    <message>
        <source>Cancel without saving (Escape)</source>
        <translation>Отменить без сохранения (Escape)</translation>
    </message>
    <message>
        <source>Log a cramp after the fact: set when it happened, in local time. A cramp before 4 a.m. counts for the night before.</source>
        <translation>Запишите прошедшую судорогу: укажите, когда она была, по местному времени. Судорога до 4 утра относится к предыдущей ночи.</translation>
    </message>
    <message>
        <source>Edit cramp</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>Change what you need, then press Enter.</source>
        <translation>Измените, что нужно, и нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Calf Coach. It keeps running, but if something looks wrong, close it and open it again.</source>
        <extracomment>Never more than this many messages in one session, whatever happens.</extracomment>
        <translation>В Calf Coach что-то пошло не так. Программа продолжает работать, но если что-то выглядит неправильно, закройте её и откройте снова.</translation>
    </message>
    <message>
        <source>The details were saved in this file, in case you want to report it:
{path}</source>
        <translation>Подробности сохранены в этом файле, если захотите сообщить об ошибке:
{path}</translation>
    </message>
    <message>
        <source>Calf Coach: something went wrong</source>
        <extracomment>A message to show, requested from any thread; delivered in the GUI thread. Emitted after a message was put on screen (tests and the window listen).</extracomment>
        <translation>Calf Coach: что-то пошло не так</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <source>Open the folder with the log file</source>
        <translation>Открыть папку с файлом журнала</translation>
    </message>
</context>
<context>
    <name>HistoryFileText</name>
    <message>
        <source>Your history file was damaged and has been put aside as {name}; a new, empty history was started.</source>
        <extracomment>The evening day ends at this local time: a stretch at 00:30 counts for the evening before. MIGRATIONS[n] takes the schema from version n to n + 1, inside one transaction. Append only; never edit a released step. (No executescript: it would commit.)</extracomment>
        <translation>Файл дневника был повреждён и сохранён в сторону как {name}; начат новый, пустой дневник.</translation>
    </message>
    <message>
        <source>Your history could not be opened, so what you do now will not be kept after you close the app.</source>
        <translation>Не удалось открыть дневник, поэтому то, что вы сделаете сейчас, не сохранится после закрытия программы.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Calf Coach; it is shown as it is, and new entries are not saved until you update.</source>
        <translation>Дневник записан более новой версией Calf Coach; он показан как есть, а новые записи не сохраняются, пока вы не обновите программу.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No entries yet. Routines you play and cramps you log will show up here, with a chart of the last weeks.

Had a cramp you did not log? Use Add cramp to note it after the fact.</source>
        <translation>Записей пока нет. Здесь появятся пройденные комплексы и записанные судороги, с графиком за последние недели.

Была судорога, но вы её не записали? Нажмите «Добавить судорогу», чтобы отметить её задним числом.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Левая нога</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Правая нога</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Обе ноги</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Night of {day}</source>
        <translation>Ночь на {day}</translation>
    </message>
    <message>
        <source>how bad {level} of 5</source>
        <translation>сила {level} из 5</translation>
    </message>
    <message>
        <source>about {duration}</source>
        <translation>примерно {duration}</translation>
    </message>
    <message>
        <source>No details noted</source>
        <translation>Без подробностей</translation>
    </message>
    <message>
        <source>counts as stretched</source>
        <translation>растяжка засчитана</translation>
    </message>
    <message>
        <source>too short to count as stretched</source>
        <translation>слишком коротко для растяжки</translation>
    </message>
    <message>
        <source>{done} of {total} exercises</source>
        <translation>{done} из {total} упражнений</translation>
    </message>
    <message>
        <source>no exercises</source>
        <translation>без упражнений</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Судорога</translation>
    </message>
    <message>
        <source>{name}, what it counts</source>
        <translation>{name}: что считается</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Evenings stretched</source>
        <translation>Вечера с растяжкой</translation>
    </message>
    <message>
        <source>Nights without a cramp</source>
        <translation>Ночи без судорог</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <source>Cramps per night and evenings stretched</source>
        <translation>Судороги по ночам и вечера с растяжкой</translation>
    </message>
    <message>
        <source>Chart heading</source>
        <translation>Заголовок графика</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>Показать последнюю %n неделю</numerusform>
            <numerusform>Показать последние %n недели</numerusform>
            <numerusform>Показать последние %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Записи дневника, сначала новые</translation>
    </message>
    <message>
        <source>No entries yet</source>
        <translation>Записей пока нет</translation>
    </message>
    <message>
        <source>Add cramp</source>
        <translation>Добавить судорогу</translation>
    </message>
    <message>
        <source>Add a cramp after the fact (Ctrl+N)</source>
        <translation>Добавить прошедшую судорогу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected cramp (Enter)</source>
        <translation>Изменить выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected cramp (Delete)</source>
        <translation>Удалить выбранную запись (Delete)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Undo the deletion (Ctrl+Z)</source>
        <translation>Отменить удаление (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the diary as a CSV file</source>
        <translation>Сохранить дневник в файл CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Escape)</source>
        <translation>Назад (Escape)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Could not read the diary: {error}</source>
        <translation>Не удалось прочитать дневник: {error}</translation>
    </message>
    <message>
        <source>The diary can be read but not changed.</source>
        <translation>Дневник можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>Could not delete the entry: {error}</source>
        <translation>Не удалось удалить запись: {error}</translation>
    </message>
    <message>
        <source>Deleted the cramp of {when}. Undo brings it back.</source>
        <translation>Запись о судороге ({when}) удалена. «Вернуть» восстановит её.</translation>
    </message>
    <message>
        <source>That entry was already gone.</source>
        <translation>Этой записи уже нет.</translation>
    </message>
    <message>
        <source>Could not bring the entry back: {error}</source>
        <translation>Не удалось вернуть запись: {error}</translation>
    </message>
    <message>
        <source>Brought back the cramp of {when}.</source>
        <translation>Запись о судороге ({when}) восстановлена.</translation>
    </message>
    <message>
        <source>Export the diary as CSV</source>
        <translation>Экспорт дневника в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CSV export is not available in this version.</source>
        <translation>Экспорт в CSV недоступен в этой версии.</translation>
    </message>
    <message>
        <source>Could not save the CSV file: {error}</source>
        <translation>Не удалось сохранить файл CSV: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}.</source>
        <translation>
            <numerusform>Сохранена %n строка в {path}.</numerusform>
            <numerusform>Сохранены %n строки в {path}.</numerusform>
            <numerusform>Сохранено %n строк в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added a cramp on {when}.</source>
        <translation>Судорога добавлена: {when}.</translation>
    </message>
    <message>
        <source>Saved your changes.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>That entry is no longer in the diary.</source>
        <translation>Этой записи больше нет в дневнике.</translation>
    </message>
    <message>
        <source>Could not save the entry: {error}</source>
        <translation>Не удалось сохранить запись: {error}</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>за последний %n день</numerusform>
            <numerusform>за последние %n дня</numerusform>
            <numerusform>за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>evening(s) stretched in a row</source>
        <translation>
            <numerusform>вечер подряд с растяжкой</numerusform>
            <numerusform>вечера подряд с растяжкой</numerusform>
            <numerusform>вечеров подряд с растяжкой</numerusform>
        </translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} из {whole}</translation>
    </message>
    <message>
        <source>evenings stretched, {period}</source>
        <translation>вечеров с растяжкой {period}</translation>
    </message>
    <message>
        <source>nights without a cramp, {period}</source>
        <translation>ночей без судорог {period}</translation>
    </message>
    <message numerus="yes">
        <source>cramp(s), {period}</source>
        <translation>
            <numerusform>судорога {period}</numerusform>
            <numerusform>судороги {period}</numerusform>
            <numerusform>судорог {period}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeText</name>
    <message>
        <source>App title</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <source>Pick a routine. Enter or a double-click starts it.</source>
        <translation>Выберите комплекс. Enter или двойной щелчок — начать.</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Как начать</translation>
    </message>
    <message>
        <source>Cramp now   ({key})</source>
        <translation>Свело ногу   ({key})</translation>
    </message>
    <message>
        <source>Cramp now: relief steps for a cramp right now</source>
        <translation>Свело ногу: что делать при судороге прямо сейчас</translation>
    </message>
    <message>
        <source>Relief steps for a cramp right now ({key})</source>
        <translation>Что делать при судороге прямо сейчас ({key})</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Комплексы</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Следующее напоминание</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Напоминания…</translation>
    </message>
    <message>
        <source>Reminders: set when to be reminded</source>
        <translation>Напоминания: когда вам напомнить</translation>
    </message>
    <message>
        <source>Set when Calf Coach reminds you to stretch</source>
        <translation>Когда Calf Coach будет напоминать о растяжке</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>History: routines done and cramps logged</source>
        <translation>Дневник: пройденные комплексы и записанные судороги</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings: sounds, look, reminders, start on login</source>
        <translation>Настройки: звук, вид, напоминания, запуск при входе</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Ошибки в файлах комплексов</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in routine files; those parts were skipped. First: {error}</source>
        <translation>
            <numerusform>%n ошибка в файлах комплексов, эти части пропущены. Первая: {error}</numerusform>
            <numerusform>%n ошибки в файлах комплексов, эти части пропущены. Первая: {error}</numerusform>
            <numerusform>%n ошибок в файлах комплексов, эти части пропущены. Первая: {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>Left leg</source>
        <translation>Левая нога</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Правая нога</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Приготовьтесь</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Дальше: конец</translation>
    </message>
    <message>
        <source>Next: {exercise}, {side}</source>
        <translation>Дальше: {exercise}, {side}</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Дальше: {exercise}</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Название комплекса</translation>
    </message>
    <message>
        <source>Position in routine</source>
        <translation>Место в комплексе</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Звук вкл.</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Звук выкл.</translation>
    </message>
    <message>
        <source>Sound cues on or off</source>
        <translation>Звуковые сигналы: включить или выключить</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Голос вкл.</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Голос выкл.</translation>
    </message>
    <message>
        <source>Spoken instructions on or off</source>
        <translation>Голосовые подсказки: включить или выключить</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Ход комплекса</translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation>Рисунок упражнения</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Как делать</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Осторожно</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Left arrow)</source>
        <translation>Назад (стрелка влево)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Начать, пауза или продолжить (пробел)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Skip (Right arrow)</source>
        <translation>Пропустить (стрелка вправо)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Остановить (Escape)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>К комплексам</translation>
    </message>
    <message>
        <source>Back to the routine list</source>
        <translation>Назад к списку комплексов</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Play this routine again</source>
        <translation>Пройти этот комплекс ещё раз</translation>
    </message>
    <message>
        <source>Coming up: {exercise}</source>
        <translation>Дальше: {exercise}</translation>
    </message>
    <message>
        <source>{step} / {steps}  ·  {time} left</source>
        <translation>{step} / {steps}  ·  осталось {time}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Done, {duration}</source>
        <translation>Готово: {duration}</translation>
    </message>
    <message>
        <source>Well done. Your session is saved in your history.</source>
        <translation>Отлично! Занятие сохранено в дневнике.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>{done} of {total} exercises done. Saved in your history.</source>
        <translation>Сделано упражнений: {done} из {total}. Сохранено в дневнике.</translation>
    </message>
</context>
<context>
    <name>PopupText</name>
    <message>
        <source>Snoozed for {minutes} min.</source>
        <translation>Отложено на {minutes} мин.</translation>
    </message>
    <message>
        <source>Open Calf Coach to start.</source>
        <translation>Откройте Calf Coach, чтобы начать.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Skip tonight</source>
        <translation>Не сегодня</translation>
    </message>
    <message>
        <source>You missed tonight&apos;s stretch ({time}). Do it now?</source>
        <translation>Вы пропустили вечернюю растяжку ({time}). Сделать сейчас?</translation>
    </message>
    <message>
        <source>You missed your {time} stretch. Do it now?</source>
        <translation>Вы пропустили растяжку в {time}. Сделать сейчас?</translation>
    </message>
    <message>
        <source>Time for your evening stretch</source>
        <translation>Пора на вечернюю растяжку</translation>
    </message>
    <message>
        <source>Time for your stretch</source>
        <translation>Пора на растяжку</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Отложить на {minutes} мин</translation>
    </message>
    <message>
        <source>Reminder — {app}</source>
        <translation>Напоминание — {app}</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Напоминание о растяжке</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>Значок {app}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Комплекс</translation>
    </message>
    <message>
        <source>Reminder name</source>
        <translation>Название напоминания</translation>
    </message>
    <message>
        <source>Start the routine now</source>
        <translation>Начать комплекс сейчас</translation>
    </message>
    <message>
        <source>Skip this reminder tonight</source>
        <translation>Пропустить это напоминание сегодня</translation>
    </message>
    <message>
        <source>Reminder: {label}</source>
        <translation>Напоминание: {label}</translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>Напомнить снова через %n минуту</numerusform>
            <numerusform>Напомнить снова через %n минуты</numerusform>
            <numerusform>Напомнить снова через %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderFormText</name>
    <message>
        <source>Pick at least one day.</source>
        <translation>Выберите хотя бы один день.</translation>
    </message>
    <message>
        <source>Give the reminder a name (the label).</source>
        <translation>Дайте напоминанию название.</translation>
    </message>
    <message>
        <source>Pick a routine.</source>
        <translation>Выберите комплекс.</translation>
    </message>
    <message>
        <source>Remind on Mondays (Space turns it on or off)</source>
        <translation>Напоминать по понедельникам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Tuesdays (Space turns it on or off)</source>
        <translation>Напоминать по вторникам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Wednesdays (Space turns it on or off)</source>
        <translation>Напоминать по средам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Thursdays (Space turns it on or off)</source>
        <translation>Напоминать по четвергам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Fridays (Space turns it on or off)</source>
        <translation>Напоминать по пятницам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Saturdays (Space turns it on or off)</source>
        <translation>Напоминать по субботам (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Remind on Sundays (Space turns it on or off)</source>
        <translation>Напоминать по воскресеньям (пробел включает и выключает)</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Time of day, hours and minutes, 24-hour</source>
        <translation>Время: часы и минуты, 24-часовой формат</translation>
    </message>
    <message>
        <source>Type the time, for example 2130 for 21:30; Up and Down change the part under the cursor</source>
        <translation>Введите время, например 2130 для 21:30; стрелки вверх и вниз меняют часть под курсором</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>По будням</translation>
    </message>
    <message>
        <source>Weekdays, Monday to Friday</source>
        <translation>По будням, с понедельника по пятницу</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>По выходным</translation>
    </message>
    <message>
        <source>Weekends, Saturday and Sunday</source>
        <translation>По выходным, в субботу и воскресенье</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Комплекс</translation>
    </message>
    <message>
        <source>The routine the reminder offers to start</source>
        <translation>Комплекс, который предложит напоминание</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What the reminder says, for example Evening stretch</source>
        <translation>Что скажет напоминание, например «Вечерняя растяжка»</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Напоминание включено</translation>
    </message>
    <message>
        <source>Off keeps the reminder but does not remind</source>
        <translation>Выключенное напоминание сохраняется, но не срабатывает</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save reminder (Enter)</source>
        <translation>Сохранить напоминание (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel (Escape)</source>
        <translation>Отмена (Escape)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>Новое напоминание</translation>
    </message>
    <message>
        <source>Edit reminder</source>
        <translation>Изменить напоминание</translation>
    </message>
    <message>
        <source>{id} (not found)</source>
        <translation>{id} (не найден)</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>По понедельникам</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>По вторникам</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>По средам</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>По четвергам</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>По пятницам</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>По субботам</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>По воскресеньям</translation>
    </message>
    <message>
        <source>next Monday at {time}</source>
        <translation>в следующий понедельник в {time}</translation>
    </message>
    <message>
        <source>next Tuesday at {time}</source>
        <translation>в следующий вторник в {time}</translation>
    </message>
    <message>
        <source>next Wednesday at {time}</source>
        <translation>в следующую среду в {time}</translation>
    </message>
    <message>
        <source>next Thursday at {time}</source>
        <translation>в следующий четверг в {time}</translation>
    </message>
    <message>
        <source>next Friday at {time}</source>
        <translation>в следующую пятницу в {time}</translation>
    </message>
    <message>
        <source>next Saturday at {time}</source>
        <translation>в следующую субботу в {time}</translation>
    </message>
    <message>
        <source>next Sunday at {time}</source>
        <translation>в следующее воскресенье в {time}</translation>
    </message>
    <message>
        <source>Monday at {time}</source>
        <translation>в понедельник в {time}</translation>
    </message>
    <message>
        <source>Tuesday at {time}</source>
        <translation>во вторник в {time}</translation>
    </message>
    <message>
        <source>Wednesday at {time}</source>
        <translation>в среду в {time}</translation>
    </message>
    <message>
        <source>Thursday at {time}</source>
        <translation>в четверг в {time}</translation>
    </message>
    <message>
        <source>Friday at {time}</source>
        <translation>в пятницу в {time}</translation>
    </message>
    <message>
        <source>Saturday at {time}</source>
        <translation>в субботу в {time}</translation>
    </message>
    <message>
        <source>Sunday at {time}</source>
        <translation>в воскресенье в {time}</translation>
    </message>
    <message>
        <source>January</source>
        <comment>in a date</comment>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <comment>in a date</comment>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <comment>in a date</comment>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <comment>in a date</comment>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <comment>in a date</comment>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <comment>in a date</comment>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <comment>in a date</comment>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <comment>in a date</comment>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <comment>in a date</comment>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <comment>in a date</comment>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <comment>in a date</comment>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <comment>in a date</comment>
        <translation>декабря</translation>
    </message>
    <message>
        <source>Evening stretch</source>
        <extracomment>The label of the reminder every new settings file starts with (see ``coach.store.settings.DEFAULTS``): written in English before any language is known, so it is shown in the interface language.</extracomment>
        <translation>Вечерняя растяжка</translation>
    </message>
    <message>
        <source>No reminders set</source>
        <translation>Напоминаний нет</translation>
    </message>
    <message>
        <source>All reminders are off</source>
        <translation>Все напоминания выключены</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>По будням</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>По выходным</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Ни одного дня</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>меньше чем через минуту</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>через {hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>in {hours} h</source>
        <translation>через {hours} ч</translation>
    </message>
    <message>
        <source>in {minutes} min</source>
        <translation>через {minutes} мин</translation>
    </message>
    <message>
        <source>tonight at {time}</source>
        <comment>after midnight</comment>
        <translation>этой ночью в {time}</translation>
    </message>
    <message>
        <source>tonight at {time}</source>
        <translation>сегодня вечером в {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>сегодня в {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>завтра в {time}</translation>
    </message>
    <message>
        <source>on {day} {month} at {time}</source>
        <translation>{day} {month} в {time}</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Следующее напоминание: {when}</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Следующее: {when}</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>Reminders appear as a desktop notification or a small window, also after the computer slept. Keep Calf Coach running; it can start when you log in (Settings).</source>
        <translation>Напоминания приходят уведомлением на рабочем столе или в маленьком окне, в том числе после спящего режима. Не закрывайте Calf Coach: он может запускаться при входе в систему (Настройки).</translation>
    </message>
    <message>
        <source>No reminders yet. Add one to be reminded of your stretch in the evening.</source>
        <translation>Напоминаний пока нет. Добавьте напоминание, чтобы не забыть о вечерней растяжке.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Напоминание включено</translation>
    </message>
    <message>
        <source>Reminder on: {reminder}</source>
        <translation>Напоминание включено: {reminder}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <translation>Комплекс: {routine}</translation>
    </message>
    <message>
        <source>Routine: {routine}  (off)</source>
        <translation>Комплекс: {routine}  (выключено)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Комплекс</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit reminder: {reminder}</source>
        <translation>Изменить напоминание: {reminder}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove reminder: {reminder}</source>
        <translation>Удалить напоминание: {reminder}</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Следующее напоминание</translation>
    </message>
    <message>
        <source>How reminders arrive</source>
        <translation>Как приходят напоминания</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Напоминаний нет</translation>
    </message>
    <message>
        <source>Reminder list</source>
        <translation>Список напоминаний</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Вернуть удалённое</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back (Escape)</source>
        <translation>Назад (Escape)</translation>
    </message>
    <message>
        <source>Reminder form</source>
        <translation>Форма напоминания</translation>
    </message>
    <message>
        <source>Removed: {reminder}.</source>
        <translation>Удалено: {reminder}.</translation>
    </message>
    <message>
        <source>Restored: {reminder}.</source>
        <translation>Восстановлено: {reminder}.</translation>
    </message>
    <message>
        <source>{id} (not found)</source>
        <translation>{id} (не найден)</translation>
    </message>
    <message>
        <source>Added: {reminder}.</source>
        <translation>Добавлено: {reminder}.</translation>
    </message>
    <message>
        <source>Saved: {reminder}.</source>
        <translation>Сохранено: {reminder}.</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Calf Coach coaches exercises from an article on calf cramps. It is not a doctor and does not diagnose or treat anything.</source>
        <translation>Calf Coach помогает делать упражнения из статьи о судорогах икр. Он не врач: не ставит диагнозы и не лечит.</translation>
    </message>
    <message>
        <source>Get medical help if</source>
        <translation>Срочно обратитесь к врачу, если</translation>
    </message>
    <message>
        <source>the calf is swollen, red, warm or tender to touch: it may be a blood clot. Seek care now.</source>
        <translation>икра отекла, покраснела, горячая или болит при касании: это может быть тромб. Обратитесь за помощью сейчас.</translation>
    </message>
    <message>
        <source>the cramp came after an injury, you heard a snap, or the leg cannot bear weight.</source>
        <translation>судорога началась после травмы, был слышен щелчок или на ногу нельзя встать.</translation>
    </message>
    <message>
        <source>cramps last long, keep coming back, or come with weakness or numbness.</source>
        <translation>судороги долгие, часто повторяются или с ними приходят слабость или онемение.</translation>
    </message>
</context>
<context>
    <name>SettingsFileText</name>
    <message>
        <source>Your settings file could not be read ({reason}); the default settings are used for now.</source>
        <extracomment>Every known setting and its value when the file does not say otherwise. sound_enabled / voice_enabled: player cues (ticks and tones / spoken names). keep_screen_awake: inhibit the screen saver while a routine plays. theme: one of THEMES. text_scale: 0.75-2.0, multiplies the base font size. prepare_s: 0-30 s &quot;get ready&quot; countdown before the first exercise. language: one of LANGUAGES (&quot;system&quot; follows the desktop). cramp_sound: whether the cramp-now screen may make sound (it is a night screen). late_window_min: 0-720; a missed reminder newer than this is offered once. snooze_min: 1-120; the length of &quot;Snooze&quot;. start_on_login: autostart in the background. reminders: list of {id, time &quot;HH:MM&quot;, days, routine, label, enabled}. background_hint_shown: the user was told once that closing the window keeps the app running for reminders.</extracomment>
        <translation>Не удалось прочитать файл настроек ({reason}); пока действуют настройки по умолчанию.</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been put aside as {name}; the last good copy was restored.</source>
        <translation>Файл настроек был повреждён и сохранён в сторону как {name}; восстановлена последняя исправная копия.</translation>
    </message>
    <message>
        <source>Your settings file was damaged and could not be moved aside; the last good copy was restored.</source>
        <translation>Файл настроек был повреждён, и его не удалось отложить; восстановлена последняя исправная копия.</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been put aside as {name}; the default settings are used.</source>
        <translation>Файл настроек был повреждён и сохранён в сторону как {name}; действуют настройки по умолчанию.</translation>
    </message>
    <message>
        <source>Your settings file was damaged and could not be moved aside; the default settings are used.</source>
        <translation>Файл настроек был повреждён, и его не удалось отложить; действуют настройки по умолчанию.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Starting on login is not available on this system.</source>
        <translation>Запуск при входе в систему здесь недоступен.</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>Системная (как на рабочем столе)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Sample: stand facing a wall and hold the stretch for 30 seconds.</source>
        <translation>Пример: встаньте лицом к стене и держите растяжку 30 секунд.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the home screen (Escape)</source>
        <translation>Назад на главный экран (Escape)</translation>
    </message>
    <message>
        <source>Settings notice</source>
        <translation>Сообщение о настройках</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>Settings are saved as soon as you change them, in:
{path}</source>
        <translation>Настройки сохраняются сразу после изменения, в файле:
{path}</translation>
    </message>
    <message>
        <source>Settings file location</source>
        <translation>Где хранятся настройки</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Звук и голос</translation>
    </message>
    <message>
        <source>Sound cues (ticks and tones) in routines</source>
        <translation>Звуковые сигналы (тиканье и тоны) в комплексах</translation>
    </message>
    <message>
        <source>Read the exercises aloud</source>
        <translation>Читать упражнения вслух</translation>
    </message>
    <message>
        <source>Sound on the Cramp now screen</source>
        <translation>Звук на экране «Свело ногу»</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Комплексы</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Без отсчёта</translation>
    </message>
    <message>
        <source>Get-ready time before the first exercise:</source>
        <translation>Время на подготовку перед первым упражнением:</translation>
    </message>
    <message>
        <source>Get-ready time before the first exercise, in seconds</source>
        <translation>Время на подготовку перед первым упражнением, в секундах</translation>
    </message>
    <message>
        <source>Keep the screen awake while a routine plays</source>
        <translation>Не гасить экран во время комплекса</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Размер текста:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Text size sample</source>
        <translation>Пример размера текста</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Snooze for:</source>
        <translation>Отложить на:</translation>
    </message>
    <message>
        <source>Snooze length, in minutes</source>
        <translation>На сколько откладывать, в минутах</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Offer a missed reminder for up to:</source>
        <translation>Предлагать пропущенное напоминание в течение:</translation>
    </message>
    <message>
        <source>Offer a missed reminder for up to this many hours</source>
        <translation>Сколько часов предлагать пропущенное напоминание</translation>
    </message>
    <message>
        <source>Start Calf Coach in the background when I log in</source>
        <translation>Запускать Calf Coach в фоне при входе в систему</translation>
    </message>
    <message>
        <source>Start on login</source>
        <translation>Запуск при входе</translation>
    </message>
    <message>
        <source>Start on login details</source>
        <translation>Подробности о запуске при входе</translation>
    </message>
    <message>
        <source>Start on login problem</source>
        <translation>Ошибка запуска при входе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time Calf Coach starts.</source>
        <translation>Новый язык включится при следующем запуске Calf Coach.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Примечание о языке</translation>
    </message>
    <message>
        <source>That value was not accepted: {error}</source>
        <translation>Это значение не подходит: {error}</translation>
    </message>
    <message>
        <source>Could not turn on start on login: {error}.</source>
        <translation>Не удалось включить запуск при входе: {error}.</translation>
    </message>
    <message>
        <source>Could not turn off start on login: {error}.</source>
        <translation>Не удалось выключить запуск при входе: {error}.</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({error}). They apply until Calf Coach closes.</source>
        <translation>Не удалось сохранить настройки ({error}). Они действуют, пока Calf Coach открыт.</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>{app} menu</source>
        <translation>Меню {app}</translation>
    </message>
    <message>
        <source>Start evening stretch</source>
        <translation>Начать вечернюю растяжку</translation>
    </message>
    <message>
        <source>No reminder set</source>
        <translation>Напоминаний нет</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>Открыть {app}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Начать: {routine}</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Отложить на {minutes} мин</translation>
    </message>
</context>
<context>
    <name>UnansweredText</name>
    <message>
        <source>the diary is not ready in this version&apos;s format</source>
        <translation>дневник ещё не готов в формате этой версии</translation>
    </message>
    <message>
        <source>the diary cannot be written</source>
        <translation>в дневник сейчас нельзя записать</translation>
    </message>
    <message>
        <source>Calf Coach is already running (process {pid}) but is not responding.</source>
        <translation>Calf Coach уже запущен (процесс {pid}), но не отвечает.</translation>
    </message>
    <message>
        <source>Calf Coach is already running but is not responding.</source>
        <translation>Calf Coach уже запущен, но не отвечает.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it stays like this, end that process (for example in the system monitor) and start Calf Coach again.

“Cramp now” still works: it opens its own window.</source>
        <translation>Подождите немного и попробуйте снова. Если ничего не изменится, завершите этот процесс (например, в системном мониторе) и запустите Calf Coach заново.

«Свело ногу» по-прежнему работает: откроется отдельное окно.</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <source>There is no reminder to snooze right now.</source>
        <translation>Сейчас нечего откладывать.</translation>
    </message>
    <message>
        <source>{screen} — {app}</source>
        <translation>{screen} — {app}</translation>
    </message>
    <message>
        <source>Cramp now</source>
        <translation>Свело ногу</translation>
    </message>
    <message>
        <source>Quit Calf Coach</source>
        <translation>Выйти из Calf Coach</translation>
    </message>
    <message>
        <source>There is no routine called {id}.</source>
        <translation>Комплекса {id} нет.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Playing a stretching routine</source>
        <translation>Идёт комплекс растяжки</translation>
    </message>
    <message>
        <source>Could not save this session in the history: {error}</source>
        <translation>Не удалось сохранить занятие в дневнике: {error}</translation>
    </message>
    <message>
        <source>That reminder could not be kept: {error}</source>
        <translation>Не удалось сохранить напоминание: {error}</translation>
    </message>
    <message>
        <source>Could not save settings: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <source>Could not save this entry in the diary: {error}</source>
        <translation>Не удалось сохранить запись в дневнике: {error}</translation>
    </message>
    <message>
        <source>Saved in your diary.</source>
        <translation>Сохранено в дневнике.</translation>
    </message>
    <message>
        <source>Calf Coach keeps running in the tray so your reminders can appear. Quit it from the tray menu.</source>
        <translation>Calf Coach продолжает работать в трее, чтобы приходили напоминания. Выйти можно из меню в трее.</translation>
    </message>
    <message>
        <source>Calf Coach keeps running in the background so your reminders can appear. Run coach or open Calf Coach from your app menu to see it again; Ctrl+Q in its window quits.</source>
        <translation>Calf Coach продолжает работать в фоне, чтобы приходили напоминания. Чтобы открыть его снова, выполните coach или выберите Calf Coach в меню программ; Ctrl+Q в его окне закрывает программу.</translation>
    </message>
</context>
</TS>
