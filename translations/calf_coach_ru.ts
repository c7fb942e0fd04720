<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AutostartText</name>
    <message>
        <source>Starting on login is not available on this system.</source>
        <translation>Запуск при входе в систему здесь недоступен.</translation>
    </message>
    <message>
        <source>Autostart entry {path}</source>
        <extracomment>Seconds GNOME waits after login: the tray and the notification service come up first.</extracomment>
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
    <name>CalendarText</name>
    <message>
        <source>Open {app} to start it.</source>
        <translation>Откройте {app}, чтобы начать.</translation>
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
        <source>Cramps that night (18:00 to 12:00)</source>
        <translation>Судороги за ночь (с 18:00 до 12:00)</translation>
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
    <message numerus="yes">
        <source>%n daytime cramp(s), not charted</source>
        <translation>
            <numerusform>%n дневная судорога, не на графике</numerusform>
            <numerusform>%n дневные судороги, не на графике</numerusform>
            <numerusform>%n дневных судорог, не на графике</numerusform>
        </translation>
    </message>
    <message>
        <source>noted: {tags}</source>
        <translation>отмечено: {tags}</translation>
    </message>
    <message>
        <source>morning check-in: no cramps</source>
        <translation>утренний вопрос: судорог не было</translation>
    </message>
    <message>
        <source>morning check-in: one cramp</source>
        <translation>утренний вопрос: одна судорога</translation>
    </message>
    <message>
        <source>morning check-in: several cramps (counted as 2)</source>
        <translation>утренний вопрос: несколько судорог (считаются как 2)</translation>
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
    <name>CheckinText</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Одна</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Несколько</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Доброе утро</translation>
    </message>
    <message>
        <source>Any cramps last night?</source>
        <translation>Были ли судороги этой ночью?</translation>
    </message>
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
        <source>How bad, 0 none to 10 worst</source>
        <translation>Сила, от 0 (нет) до 10 (сильнейшая)</translation>
    </message>
    <message>
        <source>How much it disturbed sleep, 0 not at all to 10 could not sleep</source>
        <translation>Насколько мешали спать, от 0 (совсем нет) до 10 (не мог(ла) спать)</translation>
    </message>
    <message>
        <source>Which leg:</source>
        <translation>Какая нога:</translation>
    </message>
    <message>
        <source>How bad (0-10):</source>
        <translation>Сила (0–10):</translation>
    </message>
    <message>
        <source>Sleep disturbed (0-10):</source>
        <translation>Нарушение сна (0–10):</translation>
    </message>
    <message>
        <source>Yesterday, if you noticed (optional):</source>
        <translation>Вчера, если заметили (необязательно):</translation>
    </message>
    <message>
        <source>Things noticed yesterday</source>
        <translation>Что было вчера</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Could not save the answers: {error}</source>
        <translation>Не удалось сохранить ответы: {error}</translation>
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
        <source>Previous step (Left arrow)</source>
        <translation>Предыдущий шаг (стрелка влево)</translation>
    </message>
    <message>
        <source>Next step (Space or Right arrow)</source>
        <translation>Следующий шаг (пробел или стрелка вправо)</translation>
    </message>
    <message>
        <source>Careful: {caution}</source>
        <translation>Осторожно: {caution}</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <source>Emergency signs</source>
        <translation>Признаки, при которых нужна скорая</translation>
    </message>
    <message>
        <source>More  (M)</source>
        <translation>Ещё  (M)</translation>
    </message>
    <message>
        <source>More warnings: when to get checked today or see a doctor soon (M)</source>
        <translation>Ещё предупреждения: когда показаться врачу сегодня, а когда в ближайшее время (M)</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Предостережение</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Next step  (Space)</source>
        <translation>Дальше  (пробел)</translation>
    </message>
    <message>
        <source>It&apos;s gone  (Esc)</source>
        <translation>Прошло  (Esc)</translation>
    </message>
    <message>
        <source>The cramp is gone (Escape)</source>
        <translation>Судорога прошла (Escape)</translation>
    </message>
    <message>
        <source>Standing steps…</source>
        <translation>Упражнения стоя…</translation>
    </message>
    <message>
        <source>Optional standing steps, after their conditions</source>
        <translation>Упражнения стоя по желанию, сначала условия</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Когда обратиться к врачу</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Насколько срочно</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>Back  (Esc or M)</source>
        <translation>Назад  (Esc или M)</translation>
    </message>
    <message>
        <source>Back to the steps (Escape or M)</source>
        <translation>Назад к шагам (Escape или M)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Почему мы спрашиваем</translation>
    </message>
    <message>
        <source>Yes  (Y)</source>
        <translation>Да  (Y)</translation>
    </message>
    <message>
        <source>Yes, one calf is swollen, hot or red (Y)</source>
        <translation>Да, одна икра отекла, горячая или покраснела (Y)</translation>
    </message>
    <message>
        <source>No  (N)</source>
        <translation>Нет  (N)</translation>
    </message>
    <message>
        <source>No, neither calf is swollen, hot or red (N)</source>
        <translation>Нет, ни отёка, ни жара, ни покраснения нет (N)</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Continue without massage  (Enter)</source>
        <translation>Дальше без массажа  (Enter)</translation>
    </message>
    <message>
        <source>Continue with the steps that do not touch the calf (Enter)</source>
        <translation>Продолжить шаги, в которых икру не трогают (Enter)</translation>
    </message>
    <message>
        <source>Standing steps</source>
        <translation>Упражнения стоя</translation>
    </message>
    <message>
        <source>Before you stand</source>
        <translation>Прежде чем встать</translation>
    </message>
    <message>
        <source>Only if you are steady. First:</source>
        <translation>Только если вы уверенно держитесь на ногах. Сначала:</translation>
    </message>
    <message>
        <source>I&apos;m steady, continue</source>
        <translation>Держусь уверенно, дальше</translation>
    </message>
    <message>
        <source>I&apos;m steady: continue with the standing steps</source>
        <translation>Держусь уверенно: перейти к упражнениям стоя</translation>
    </message>
    <message>
        <source>Stay seated</source>
        <translation>Остаться сидя</translation>
    </message>
    <message>
        <source>Stay seated: back to the steps</source>
        <translation>Остаться сидя: назад к шагам</translation>
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
        <source>How bad: {level} of 5, {points} of 10</source>
        <translation>Сила: {level} из 5, {points} из 10</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>1 to 5 counts as 2 to 10 on the 0-10 scale. The 0-10 scales, sleep and notes about the day: History, Edit.</source>
        <translation>1–5 соответствует 2–10 по шкале 0–10. Шкалы 0–10, сон и заметки о дне: Дневник, «Изменить».</translation>
    </message>
    <message>
        <source>It started at {time} and lasted about {duration}; both are noted for you.</source>
        <translation>Началась в {time} и длилась примерно {duration}; время и длительность записаны автоматически.</translation>
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
        <translation>Какая нога?  (Л, П, О)</translation>
    </message>
    <message>
        <source>How bad?  (1 mild, 5 worst)</source>
        <translation>Насколько сильно?  (1 слабо, 5 сильно)</translation>
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
        <source>Standing step {step} of {steps}</source>
        <translation>Упражнение стоя {step} из {steps}</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Шаг {step} из {steps}</translation>
    </message>
    <message>
        <source>Finish  (Space)</source>
        <translation>Закончить  (пробел)</translation>
    </message>
    <message>
        <source>Hold until the cramp lets go; the clock counts up.  Space or → when it has,  ← back,  Esc when it&apos;s gone.</source>
        <translation>Держите, пока судорога не отпустит; время идёт вперёд.  Пробел или →, когда отпустит,  ← назад,  Esc, когда прошло.</translation>
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
        <source>0 ({words})</source>
        <translation>0 — {words}</translation>
    </message>
    <message>
        <source>10 ({words})</source>
        <translation>10 — {words}</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>боли нет</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>сильнее не бывает</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>совсем не мешала</translation>
    </message>
    <message>
        <source>could not sleep again</source>
        <translation>не смог(ла) снова уснуть</translation>
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
        <source>Day it happened</source>
        <translation>День, когда это было</translation>
    </message>
    <message>
        <source>Time it happened (local time, type it)</source>
        <translation>Во сколько это было (местное время, можно ввести цифрами)</translation>
    </message>
    <message>
        <source>Type the time, for example 03:15</source>
        <translation>Введите время, например 03:15</translation>
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
        <source>How bad, 0 no pain to 10 worst imaginable</source>
        <translation>Сила, от 0 (боли нет) до 10 (сильнее не бывает)</translation>
    </message>
    <message>
        <source>How much it disturbed sleep, 0 not at all to 10 could not sleep again</source>
        <translation>Насколько мешала спать, от 0 (совсем не мешала) до 10 (не смог(ла) снова уснуть)</translation>
    </message>
    <message>
        <source>Either scale is enough. 1 to 5 (the keys at night) counts as 2 to 10 where one scale is needed.</source>
        <translation>Достаточно любой из шкал. Там, где нужна одна шкала, 1–5 (клавиши ночью) считается как 2–10.</translation>
    </message>
    <message>
        <source>Scale hint</source>
        <translation>Пояснение к шкалам</translation>
    </message>
    <message>
        <source>Notes about the day</source>
        <translation>Заметки о дне</translation>
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
        <source>How bad (1 to 5)</source>
        <translation>Сила (1–5)</translation>
    </message>
    <message>
        <source>How bad (0 to 10)</source>
        <translation>Сила (0–10)</translation>
    </message>
    <message>
        <source>Sleep disturbed (0 to 10)</source>
        <translation>Нарушение сна (0–10)</translation>
    </message>
    <message>
        <source>Noted about {day} (optional, recorded as you say):</source>
        <translation>Заметки о дне {day} (необязательно, записываются как есть):</translation>
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
        <source>Log a cramp after the fact: set the day and type the time it happened, in local time. A cramp before noon counts for the night before; one from noon to 6 p.m. is a daytime cramp.</source>
        <translation>Запишите прошедшую судорогу: выберите день и введите время, когда она была, по местному времени. Судорога до полудня относится к прошедшей ночи; с полудня до 18:00 — дневная.</translation>
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
        <source>Calf Coach could not start because of an error inside it. Please try again; if it happens again, the log file helps to find the cause.</source>
        <translation>Не удалось запустить Calf Coach из-за внутренней ошибки. Попробуйте открыть программу ещё раз; если ошибка повторится, файл журнала поможет найти её причину.</translation>
    </message>
    <message>
        <source>Calf Coach could not start</source>
        <translation>Не удалось запустить Calf Coach</translation>
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
    <name>HelpText</name>
    <message>
        <source>Signs</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Когда обращаться за помощью</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Насколько срочно</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Enter or Escape)</source>
        <translation>Закрыть (Enter или Escape)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <source>Emergency signs</source>
        <translation>Признаки, при которых нужна скорая</translation>
    </message>
    <message>
        <source>More: when to see a doctor</source>
        <translation>Ещё: когда обратиться к врачу</translation>
    </message>
    <message>
        <source>More: when to get checked today or see a doctor soon</source>
        <translation>Ещё: когда показаться врачу сегодня, а когда в ближайшее время</translation>
    </message>
</context>
<context>
    <name>HistoryFileText</name>
    <message>
        <source>Your history file was damaged and has been put aside as {name}; a new, empty history was started.</source>
        <extracomment>How long a write waits for another connection&apos;s lock before it fails.</extracomment>
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
        <source>Daytime, not charted</source>
        <extracomment>One row of the diary table: a session the player recorded, a cramp, or a morning check-in.</extracomment>
        <translation>Днём, не на графике</translation>
    </message>
    <message>
        <source>Night of {day}</source>
        <translation>Ночь после {day}</translation>
    </message>
    <message>
        <source>tonight so far</source>
        <translation>за эту ночь (пока)</translation>
    </message>
    <message>
        <source>last night</source>
        <translation>прошлой ночью</translation>
    </message>
    <message numerus="yes">
        <source>last %n night(s)</source>
        <translation>
            <numerusform>за последнюю %n ночь</numerusform>
            <numerusform>за последние %n ночи</numerusform>
            <numerusform>за последние %n ночей</numerusform>
        </translation>
    </message>
    <message>
        <source>how bad {level} of 5</source>
        <translation>сила {level} из 5</translation>
    </message>
    <message>
        <source>how bad {level} of 10</source>
        <translation>сила {level} из 10</translation>
    </message>
    <message>
        <source>sleep disturbed {level} of 10</source>
        <translation>сон нарушен на {level} из 10</translation>
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
        <source>noted about the day: {tags}</source>
        <translation>отмечено о дне: {tags}</translation>
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
        <source>Morning check-in</source>
        <translation>Утренний вопрос</translation>
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
        <source>Report for my doctor…</source>
        <translation>Отчёт для врача…</translation>
    </message>
    <message>
        <source>Save a PDF summary of the diary to take to your doctor</source>
        <translation>Сохранить сводку дневника в PDF, чтобы показать врачу</translation>
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
        <source>Save the report for your doctor</source>
        <translation>Сохранить отчёт для врача</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not save the report: {error}</source>
        <translation>Не удалось сохранить отчёт: {error}</translation>
    </message>
    <message>
        <source>Saved the report to {path}; the diary has nothing to report for the last eight weeks yet.</source>
        <translation>Отчёт сохранён в {path}; за последние восемь недель в дневнике пока нечего показать.</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Отчёт сохранён в {path}.</translation>
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
        <source>evening(s) stretched, {period}</source>
        <translation>
            <numerusform>вечера с растяжкой {period}</numerusform>
            <numerusform>вечеров с растяжкой {period}</numerusform>
            <numerusform>вечеров с растяжкой {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>night(s) without a cramp, {period}</source>
        <translation>
            <numerusform>ночи без судорог {period}</numerusform>
            <numerusform>ночей без судорог {period}</numerusform>
            <numerusform>ночей без судорог {period}</numerusform>
        </translation>
    </message>
    <message>
        <source>nights without a cramp: no night yet</source>
        <translation>ночей без судорог: в дневнике ещё нет ни одной ночи</translation>
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
        <source>Why this routine</source>
        <translation>Почему этот комплекс</translation>
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
        <source>When to get help</source>
        <translation>Когда обращаться за помощью</translation>
    </message>
    <message>
        <source>When to get help: warning signs and who to call</source>
        <translation>Когда обращаться за помощью: тревожные признаки и куда звонить</translation>
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
    <message>
        <source>Why this routine: {source}</source>
        <translation>Почему этот комплекс: {source}</translation>
    </message>
</context>
<context>
    <name>LegText</name>
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
</context>
<context>
    <name>MenuOfferText</name>
    <message>
        <source>Calf Coach is now in your application menu; right-click it there for Cramp now. For a hot key, bind this command in your desktop&apos;s keyboard settings:
{command}</source>
        <translation>Calf Coach теперь есть в меню приложений; щёлкните по нему там правой кнопкой мыши, чтобы открыть «Свело ногу». Чтобы открывать этот экран одной клавишей, назначьте в настройках клавиатуры рабочего стола сочетание клавиш для этой команды:
{command}</translation>
    </message>
    <message>
        <source>Calf Coach could not be added to the application menu: {error}.</source>
        <translation>Не удалось добавить Calf Coach в меню приложений: {error}.</translation>
    </message>
    <message>
        <source>Add Calf Coach to your application menu?</source>
        <translation>Добавить Calf Coach в меню приложений?</translation>
    </message>
    <message>
        <source>Then you can open it like any other app, right-click it for Cramp now, and give Cramp now a hot key in your desktop&apos;s keyboard settings. You can also do this later in Settings.</source>
        <translation>Тогда его можно будет открывать, как любую другую программу: щелчок правой кнопкой мыши по значку в меню откроет «Свело ногу», а в настройках клавиатуры рабочего стола для «Свело ногу» можно назначить сочетание клавиш. Это можно сделать и позже, в настройках.</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Добавить в меню</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Application menu</source>
        <translation>Меню приложений</translation>
    </message>
    <message>
        <source>Add Calf Coach to the application menu</source>
        <translation>Добавить Calf Coach в меню приложений</translation>
    </message>
    <message>
        <source>Application menu details</source>
        <translation>Сведения о меню приложений</translation>
    </message>
    <message>
        <source>Application menus of this system are not supported.</source>
        <translation>Меню приложений этой системы не поддерживается.</translation>
    </message>
    <message>
        <source>Calf Coach is in your application menu. For a Cramp now hot key, bind this command in your desktop&apos;s keyboard settings:
{command}
After moving the app, add it again.</source>
        <translation>Calf Coach есть в меню приложений. Чтобы открывать «Свело ногу» одной клавишей, назначьте в настройках клавиатуры рабочего стола сочетание клавиш для этой команды:
{command}
Если вы переместите программу, добавьте её в меню ещё раз.</translation>
    </message>
    <message>
        <source>Calf Coach is not in your application menu yet.</source>
        <translation>Calf Coach пока нет в меню приложений.</translation>
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
        <source>Why this routine: {source}</source>
        <translation>Почему этот комплекс: {source}</translation>
    </message>
    <message>
        <source>{repeat} of {repeats}</source>
        <translation>{repeat} из {repeats}</translation>
    </message>
    <message>
        <source>After that: finish</source>
        <translation>Потом: конец</translation>
    </message>
    <message>
        <source>After that: {exercise}</source>
        <translation>Потом: {exercise}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Дальше: конец</translation>
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
        <source>Voice on</source>
        <translation>Голос вкл.</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Голос выкл.</translation>
    </message>
    <message>
        <source>Sound cues on or off (a setting: kept for next time)</source>
        <translation>Звуковые сигналы: включить или выключить (это настройка, она сохранится)</translation>
    </message>
    <message>
        <source>Spoken instructions on or off (a setting: kept for next time)</source>
        <translation>Голосовые подсказки: включить или выключить (это настройка, она сохранится)</translation>
    </message>
    <message>
        <source>Sound and voice notice</source>
        <translation>Сообщение о звуке и голосе</translation>
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
        <source>Stop this routine?</source>
        <translation>Остановить комплекс?</translation>
    </message>
    <message>
        <source>Stop question</source>
        <translation>Вопрос об остановке</translation>
    </message>
    <message>
        <source>It is paused. Press Escape again to stop, or Space to keep going.</source>
        <translation>Он на паузе. Чтобы остановить, нажмите Escape ещё раз; чтобы продолжить — пробел.</translation>
    </message>
    <message>
        <source>Stop question detail</source>
        <translation>Пояснение к вопросу об остановке</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Keep going with the routine (Space)</source>
        <translation>Продолжить комплекс (пробел)</translation>
    </message>
    <message>
        <source>Stop routine</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the routine (Escape)</source>
        <translation>Остановить комплекс (Escape)</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}  ·  {time} left</source>
        <translation>Упражнение {number} из {count}  ·  осталось {time}</translation>
    </message>
    <message>
        <source>Exercises held to the end: {done} of {count}. Saved in your history; an evening counts as stretched when at least half are held to the end.</source>
        <translation>Выполнено до конца: {done} из {count}. Сохранено в дневнике; вечер засчитывается как растяжка, если до конца выполнена хотя бы половина упражнений.</translation>
    </message>
    <message>
        <source>Stopped at exercise {number} of {count}. Exercises held to the end: {done}. Saved in your history.</source>
        <translation>Остановлено на упражнении {number} из {count}. Выполнено до конца: {done}. Сохранено в дневнике.</translation>
    </message>
    <message>
        <source>Sound on, from now on. Also in Settings.</source>
        <translation>Звук включён и останется включённым. Это же есть в настройках.</translation>
    </message>
    <message>
        <source>Sound off, from now on. Also in Settings.</source>
        <translation>Звук выключен и останется выключенным. Это же есть в настройках.</translation>
    </message>
    <message>
        <source>Voice on, from now on. Also in Settings.</source>
        <translation>Голос включён и останется включённым. Это же есть в настройках.</translation>
    </message>
    <message>
        <source>Voice off, from now on. Also in Settings.</source>
        <translation>Голос выключен и останется выключенным. Это же есть в настройках.</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>Нет звукового устройства</translation>
    </message>
    <message>
        <source>Sound turned off on this computer</source>
        <translation>Звук отключён на этом компьютере</translation>
    </message>
    <message>
        <source>Sound not working</source>
        <translation>Звук не работает</translation>
    </message>
    <message>
        <source>No voice installed: install speech-dispatcher</source>
        <translation>Голос не установлен: установите speech-dispatcher</translation>
    </message>
    <message>
        <source>Voice turned off on this computer</source>
        <translation>Голос отключён на этом компьютере</translation>
    </message>
    <message>
        <source>Voice not working</source>
        <translation>Голос не работает</translation>
    </message>
    <message>
        <source>Coming up: {exercise}</source>
        <translation>Сейчас будет: {exercise}</translation>
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
    <name>ProgrammeText</name>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>This is only your own diary over a few weeks, and night cramps have many causes (weather, activity, medicines, illness), so it is not proof that the stretching did it. Keep seeing your doctor about your cramps.</source>
        <translation>Это лишь ваш собственный дневник за несколько недель, а у ночных судорог много причин (погода, нагрузка, лекарства, болезни), поэтому это не доказательство, что помогла именно растяжка. Продолжайте наблюдаться у врача по поводу судорог.</translation>
    </message>
    <message numerus="yes">
        <source>%n evening(s) done</source>
        <translation>
            <numerusform>выполнен %n вечер</numerusform>
            <numerusform>выполнено %n вечера</numerusform>
            <numerusform>выполнено %n вечеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme: week {week} of {weeks} · {done}</source>
        <translation>Программа: неделя {week} из {weeks} · {done}</translation>
    </message>
    <message>
        <source>Programme paused in week {week} of {weeks} · {done}</source>
        <translation>Программа на паузе, неделя {week} из {weeks} · {done}</translation>
    </message>
    <message>
        <source>Programme finished: six weeks · {done}</source>
        <translation>Программа завершена: шесть недель · {done}</translation>
    </message>
    <message>
        <source>Programme ended in week {week} of {weeks} · {done}</source>
        <translation>Программа остановлена на неделе {week} из {weeks} · {done}</translation>
    </message>
    <message>
        <source>Six-week programme not started</source>
        <translation>Шестинедельная программа не начата</translation>
    </message>
    <message>
        <source>Week {week} of {weeks} of the programme</source>
        <translation>Неделя {week} из {weeks} программы</translation>
    </message>
    <message numerus="yes">
        <source>{rate} cramps a week over %n night(s)</source>
        <translation>
            <numerusform>{rate} судороги в неделю за %n ночь</numerusform>
            <numerusform>{rate} судороги в неделю за %n ночи</numerusform>
            <numerusform>{rate} судороги в неделю за %n ночей</numerusform>
        </translation>
    </message>
    <message>
        <source>, average how bad {level} of 10</source>
        <translation>, средняя сила {level} из 10</translation>
    </message>
    <message numerus="yes">
        <source>Too little diary before the start to compare with: the comparison needs at least a week of entries from the two weeks before the programme, and there were %n night(s).</source>
        <translation>
            <numerusform>Сравнивать пока не с чем: для сравнения нужна хотя бы неделя записей из двух недель до начала программы, а записана %n ночь.</numerusform>
            <numerusform>Сравнивать пока не с чем: для сравнения нужна хотя бы неделя записей из двух недель до начала программы, а записано %n ночи.</numerusform>
            <numerusform>Сравнивать пока не с чем: для сравнения нужна хотя бы неделя записей из двух недель до начала программы, а записано %n ночей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too early to compare: the programme has %n night(s) so far; wait for a week at least.</source>
        <translation>
            <numerusform>Сравнивать ещё рано: в программе пока %n ночь; подождите хотя бы неделю.</numerusform>
            <numerusform>Сравнивать ещё рано: в программе пока %n ночи; подождите хотя бы неделю.</numerusform>
            <numerusform>Сравнивать ещё рано: в программе пока %n ночей; подождите хотя бы неделю.</numerusform>
        </translation>
    </message>
    <message>
        <source>During the programme: {rates}.</source>
        <translation>Во время программы: {rates}.</translation>
    </message>
    <message>
        <source>Before the programme: {rates}.</source>
        <translation>До программы: {rates}.</translation>
    </message>
    <message numerus="yes">
        <source>The diary before the start covers only %n night(s), not two weeks.</source>
        <translation>
            <numerusform>Дневник до начала охватывает только %n ночь, а не две недели.</numerusform>
            <numerusform>Дневник до начала охватывает только %n ночи, а не две недели.</numerusform>
            <numerusform>Дневник до начала охватывает только %n ночей, а не две недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>You noted fewer cramps a week than before the programme.</source>
        <translation>Вы отмечали меньше судорог в неделю, чем до программы.</translation>
    </message>
    <message>
        <source>You noted about as many cramps a week as before the programme.</source>
        <translation>Вы отмечали примерно столько же судорог в неделю, сколько до программы.</translation>
    </message>
    <message>
        <source>You noted more cramps a week than before the programme.</source>
        <translation>Вы отмечали больше судорог в неделю, чем до программы.</translation>
    </message>
</context>
<context>
    <name>ProgrammeUiText</name>
    <message>
        <source>Six-week programme</source>
        <extracomment>``ask(parent, title, text, yes, no) -&gt; bool``: True for ``yes``.</extracomment>
        <translation>Шестинедельная программа</translation>
    </message>
    <message>
        <source>Start the 6-week programme</source>
        <translation>Начать 6-недельную программу</translation>
    </message>
    <message>
        <source>Start the six-week programme: the evening stretch every evening for six weeks</source>
        <translation>Начать шестинедельную программу: вечерняя растяжка каждый вечер шесть недель</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause the programme (illness, travel)</source>
        <translation>Приостановить программу (болезнь, поездка)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Resume the programme</source>
        <translation>Продолжить программу</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>End the programme now</source>
        <translation>Завершить программу сейчас</translation>
    </message>
    <message>
        <source>The programme could not be read from the diary.</source>
        <translation>Не удалось прочитать программу из дневника.</translation>
    </message>
    <message>
        <source>Start the programme again</source>
        <translation>Начать программу заново</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Начать программу</translation>
    </message>
    <message>
        <source>To see whether the stretching helps, the app compares your nights with the two weeks before the start. Your diary has less than two weeks yet. You can note your cramps for two weeks first and start then, or start now without a comparison.</source>
        <translation>Чтобы понять, помогает ли растяжка, приложение сравнивает ваши ночи с двумя неделями до начала. В дневнике пока меньше двух недель. Можно сначала две недели отмечать судороги и начать потом или начать сейчас, без сравнения.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Начать сейчас</translation>
    </message>
    <message>
        <source>Log two weeks first</source>
        <translation>Сначала две недели записей</translation>
    </message>
    <message>
        <source>End the programme</source>
        <translation>Завершить программу</translation>
    </message>
    <message>
        <source>End the six-week programme now? What you did so far stays in the diary.</source>
        <translation>Завершить шестинедельную программу сейчас? Всё сделанное останется в дневнике.</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Продолжать</translation>
    </message>
    <message>
        <source>Could not save that in the diary: {error}</source>
        <translation>Не удалось записать это в дневник: {error}</translation>
    </message>
    <message>
        <source>{rate} cramps a week</source>
        <translation>{rate} судороги в неделю</translation>
    </message>
    <message>
        <source>, how bad {level}</source>
        <translation>, сила {level}</translation>
    </message>
    <message>
        <source>Programme comparison</source>
        <translation>Сравнение по программе</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Во время</translation>
    </message>
    <message>
        <source>Notes about the days</source>
        <translation>Заметки о днях</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n day(s)</source>
        <translation>
            <numerusform>{tag}: %n день</numerusform>
            <numerusform>{tag}: %n дня</numerusform>
            <numerusform>{tag}: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted about the days, last 28 days: {notes}.</source>
        <translation>Отмечено о днях за последние 28 дней: {notes}.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>Directory not found.</source>
        <translation>Папка не найдена.</translation>
    </message>
    <message>
        <source>Please verify the correct directory name was given.</source>
        <translation>Проверьте, правильно ли указано имя папки.</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>Please verify the correct file name was given.</source>
        <translation>Проверьте, правильно ли указано имя файла.</translation>
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
        <source>At a set time</source>
        <translation>В заданное время</translation>
    </message>
    <message>
        <source>Before my bedtime</source>
        <translation>Перед сном</translation>
    </message>
    <message>
        <source>When to remind</source>
        <translation>Когда напоминать</translation>
    </message>
    <message>
        <source>At the same clock time, or a number of minutes before your bedtime (set in Settings)</source>
        <translation>В одно и то же время по часам или за несколько минут до того, как вы ложитесь спать (время сна задаётся в настройках)</translation>
    </message>
    <message>
        <source> min before bedtime</source>
        <translation> мин до сна</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>Прямо перед сном</translation>
    </message>
    <message>
        <source>Minutes before bedtime</source>
        <translation>За сколько минут до сна</translation>
    </message>
    <message>
        <source>Your bedtime</source>
        <translation>Ваше время сна</translation>
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
        <source>When</source>
        <translation>Когда</translation>
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
        <source>Your bedtime: {bedtime}. Change it in Settings.</source>
        <translation>Вы ложитесь спать: {bedtime}. Изменить это можно в настройках.</translation>
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
        <source>Every reminder falls in quiet hours (see Settings)</source>
        <translation>Все напоминания приходятся на тихие часы (см. настройки)</translation>
    </message>
    <message>
        <source>It falls in your quiet hours after bedtime, so it will not ring. Change its time, or your bedtime in Settings.</source>
        <extracomment>A week with no daylight-saving change (January), Monday first: the reference dates for reading a fixed time against the quiet hours of each weekday.</extracomment>
        <translation>Это время попадает в тихие часы после отхода ко сну, поэтому напоминание не прозвучит. Измените его время или время отхода ко сну в настройках.</translation>
    </message>
    <message>
        <source>On {days} it falls in your quiet hours after bedtime and will not ring.</source>
        <translation>По дням «{days}» это время попадает в тихие часы после отхода ко сну, и напоминание не прозвучит.</translation>
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
        <source>at bedtime</source>
        <translation>прямо перед сном</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min before bedtime</source>
        <translation>за {hours} ч {minutes} мин до сна</translation>
    </message>
    <message>
        <source>{hours} h before bedtime</source>
        <translation>за {hours} ч до сна</translation>
    </message>
    <message>
        <source>{minutes} min before bedtime</source>
        <translation>за {minutes} мин до сна</translation>
    </message>
    <message>
        <source>{time} every evening</source>
        <translation>в {time} каждый вечер</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} — в {time}</translation>
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
        <source>snoozed until {time}</source>
        <translation>отложено до {time}</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Следующее: {when}</translation>
    </message>
</context>
<context>
    <name>RemindersText</name>
    <message>
        <source>Reminders appear as a desktop notification or a small window, also after the computer slept. Closing the window does not stop them: Calf Coach keeps running until you choose Quit. It can start when you log in (Settings).</source>
        <translation>Напоминания приходят уведомлением на рабочем столе или в маленьком окне, в том числе после спящего режима. Если закрыть окно, напоминания не прекратятся: Calf Coach работает, пока вы не выберете «Выйти». Он может запускаться при входе в систему (Настройки).</translation>
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
    <name>ReportText</name>
    <message>
        <source>hard exercise</source>
        <translation>тяжёлая нагрузка</translation>
    </message>
    <message>
        <source>long standing</source>
        <translation>долго на ногах</translation>
    </message>
    <message>
        <source>little to drink</source>
        <translation>мало пил(а)</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>алкоголь</translation>
    </message>
    <message>
        <source>a new or changed medicine</source>
        <translation>новое или изменённое лекарство</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>беременность</translation>
    </message>
    <message numerus="yes">
        <source>Also %n in the daytime (12-18 h), not counted as night cramps.</source>
        <translation>
            <numerusform>Ещё %n судорога днём (12–18 ч), не в счёт ночных.</numerusform>
            <numerusform>Ещё %n судороги днём (12–18 ч), не в счёт ночных.</numerusform>
            <numerusform>Ещё %n судорог днём (12–18 ч), не в счёт ночных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Night calf cramps: a summary for the doctor</source>
        <translation>Ночные судороги икр: сводка для врача</translation>
    </message>
    <message>
        <source>From the diary kept in {app}. Made on {day}.</source>
        <translation>По дневнику из приложения {app}. Составлено {day}.</translation>
    </message>
    <message>
        <source>The diary is empty: no cramps, check-ins or stretching have been noted yet, so there is nothing to report.</source>
        <translation>Дневник пуст: ещё не отмечено ни судорог, ни утренних ответов, ни растяжки, поэтому сообщать пока нечего.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} — {last}</translation>
    </message>
    <message numerus="yes">
        <source>(%n night(s))</source>
        <translation>
            <numerusform>(%n ночь)</numerusform>
            <numerusform>(%n ночи)</numerusform>
            <numerusform>(%n ночей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was noted in this period: no cramps, check-ins or stretching. Choose a longer period to include older entries.</source>
        <translation>За этот период ничего не отмечено: ни судорог, ни утренних ответов, ни растяжки. Выберите период длиннее, чтобы включить более ранние записи.</translation>
    </message>
    <message>
        <source>Entries that match a warning sign</source>
        <translation>Записи, совпадающие с тревожными признаками</translation>
    </message>
    <message>
        <source>{day}: a cramp of {duration} (longer than {limit} minutes).</source>
        <translation>{day}: судорога длительностью {duration} (дольше {limit} минут).</translation>
    </message>
    <message>
        <source>{day}: the note mentions swelling: “{note}”</source>
        <translation>{day}: в заметке упомянут отёк: «{note}»</translation>
    </message>
    <message>
        <source>None: no cramp longer than {limit} minutes and no note of a swollen leg.</source>
        <translation>Нет: ни одной судороги дольше {limit} минут и ни одной заметки об отёке ноги.</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <source>Cramps noted: {cramps}, on {nights} of {all} nights.</source>
        <translation>Отмечено судорог: {cramps}; ночей с судорогами: {nights} из {all}.</translation>
    </message>
    <message>
        <source>Nights without a cramp: {free}.</source>
        <translation>Ночей без судорог: {free}.</translation>
    </message>
    <message>
        <source>On average {rate} cramps a week.</source>
        <translation>В среднем {rate} судороги в неделю.</translation>
    </message>
    <message numerus="yes">
        <source>How bad (0 none to 10 worst): average {mean}, worst {worst}, from %n cramp(s).</source>
        <translation>
            <numerusform>Сила (0 — нет, 10 — сильнейшая): в среднем {mean}, максимум {worst}, по %n судороге.</numerusform>
            <numerusform>Сила (0 — нет, 10 — сильнейшая): в среднем {mean}, максимум {worst}, по %n судорогам.</numerusform>
            <numerusform>Сила (0 — нет, 10 — сильнейшая): в среднем {mean}, максимум {worst}, по %n судорогам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them noted on the night entry&apos;s 1-5 scale, counted as 2, 4, 6, 8, 10.</source>
        <translation>
            <numerusform>%n из них отмечена по шкале 1–5 ночной записи и пересчитана как 2, 4, 6, 8, 10.</numerusform>
            <numerusform>%n из них отмечены по шкале 1–5 ночной записи и пересчитаны как 2, 4, 6, 8, 10.</numerusform>
            <numerusform>%n из них отмечены по шкале 1–5 ночной записи и пересчитаны как 2, 4, 6, 8, 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>How bad: not noted.</source>
        <translation>Сила: не отмечена.</translation>
    </message>
    <message numerus="yes">
        <source>Sleep disturbed (0 not at all to 10 could not sleep): average {mean}, worst {worst}, over %n night(s).</source>
        <translation>
            <numerusform>Нарушение сна (0 — нет, 10 — не мог(ла) спать): в среднем {mean}, максимум {worst}, за %n ночь.</numerusform>
            <numerusform>Нарушение сна (0 — нет, 10 — не мог(ла) спать): в среднем {mean}, максимум {worst}, за %n ночи.</numerusform>
            <numerusform>Нарушение сна (0 — нет, 10 — не мог(ла) спать): в среднем {mean}, максимум {worst}, за %n ночей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleep disturbance: not noted.</source>
        <translation>Нарушение сна: не отмечено.</translation>
    </message>
    <message>
        <source>Leg: left {left}, right {right}, both {both}, not noted {unknown}.</source>
        <translation>Нога: левая {left}, правая {right}, обе {both}, не указана {unknown}.</translation>
    </message>
    <message>
        <source>Time: before midnight {evening}, 0-3 h {early}, 3-6 h {late}, 6-12 h {morning}, in the daytime (12-18 h) {day}, not known {unknown}.</source>
        <translation>Время: до полуночи {evening}, 0–3 ч {early}, 3–6 ч {late}, 6–12 ч {morning}, днём (12–18 ч) {day}, неизвестно {unknown}.</translation>
    </message>
    <message numerus="yes">
        <source>Duration (minutes:seconds), measured for %n cramp(s): typical {median}, longest {longest}.</source>
        <translation>
            <numerusform>Длительность (минуты:секунды), измерена у %n судороги: обычно {median}, самая долгая {longest}.</numerusform>
            <numerusform>Длительность (минуты:секунды), измерена у %n судорог: обычно {median}, самая долгая {longest}.</numerusform>
            <numerusform>Длительность (минуты:секунды), измерена у %n судорог: обычно {median}, самая долгая {longest}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: not measured.</source>
        <translation>Длительность: не измерялась.</translation>
    </message>
    <message>
        <source>Cramps per night</source>
        <translation>Судороги по ночам</translation>
    </message>
    <message>
        <source>(bars; a filled dot under a night: stretched that evening, an open dot: not stretched)</source>
        <translation>(столбцы; закрашенная точка под ночью — вечером была растяжка, пустая — не было)</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation>Судороги по неделям</translation>
    </message>
    <message>
        <source>(each bar is the week starting on the date below)</source>
        <translation>(каждый столбец — неделя, начинающаяся с даты под ним)</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночей</translation>
    </message>
    <message>
        <source>Evenings stretched</source>
        <translation>Вечеров с растяжкой</translation>
    </message>
    <message>
        <source>Average how bad (0-10)</source>
        <translation>Средняя сила (0–10)</translation>
    </message>
    <message>
        <source>Programme week</source>
        <translation>Неделя программы</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Растяжка</translation>
    </message>
    <message>
        <source>Evenings stretched: {done} of {all}.</source>
        <translation>Вечеров с растяжкой: {done} из {all}.</translation>
    </message>
    <message>
        <source>under way, week {week} of {weeks}</source>
        <translation>идёт, неделя {week} из {weeks}</translation>
    </message>
    <message>
        <source>paused in week {week} of {weeks}</source>
        <translation>на паузе, неделя {week} из {weeks}</translation>
    </message>
    <message>
        <source>finished (six weeks)</source>
        <translation>завершена (шесть недель)</translation>
    </message>
    <message>
        <source>ended early, in week {week} of {weeks}</source>
        <translation>остановлена досрочно, на неделе {week} из {weeks}</translation>
    </message>
    <message>
        <source>Six-week evening stretching programme: started {start}, {status}; evenings done {done} of {counted}.</source>
        <translation>Шестинедельная программа вечерней растяжки: начата {start}, {status}; выполнено вечеров: {done} из {counted}.</translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n evening(s) (not counted).</source>
        <translation>
            <numerusform>Пауза %n вечер (не учитывается).</numerusform>
            <numerusform>Пауза %n вечера (не учитываются).</numerusform>
            <numerusform>Пауза %n вечеров (не учитываются).</numerusform>
        </translation>
    </message>
    <message>
        <source>The six-week programme was not started.</source>
        <translation>Шестинедельная программа не начиналась.</translation>
    </message>
    <message>
        <source>Compared with the two weeks before the programme</source>
        <translation>Сравнение с двумя неделями до программы</translation>
    </message>
    <message>
        <source>Noted about the day</source>
        <translation>Отмечено о дне</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n day(s) ({days})</source>
        <translation>
            <numerusform>{tag}: %n день ({days})</numerusform>
            <numerusform>{tag}: %n дня ({days})</numerusform>
            <numerusform>{tag}: %n дней ({days})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Ничего не отмечено.</translation>
    </message>
    <message>
        <source>{week} of {weeks}</source>
        <translation>{week} из {weeks}</translation>
    </message>
    <message>
        <source>The app&apos;s warning list, most urgent first:</source>
        <translation>Список предупреждений приложения, от самого срочного:</translation>
    </message>
    <message>
        <source>{app} · page {page} of {pages}</source>
        <translation>{app} · страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>RoutineActionsText</name>
    <message>
        <source>New routine</source>
        <translation>Новый комплекс</translation>
    </message>
    <message>
        <source>New routine: make your own</source>
        <translation>Новый комплекс: составить свой</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the chosen routine</source>
        <translation>Изменить выбранный комплекс</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Duplicate the chosen routine as your own</source>
        <translation>Сделать свою копию выбранного комплекса</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen routine (you can undo)</source>
        <translation>Удалить выбранный комплекс (можно отменить)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a routine file, for example from your physiotherapist</source>
        <translation>Загрузить файл комплекса, например от вашего физиотерапевта</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the chosen routine as a file to share</source>
        <translation>Сохранить выбранный комплекс в файл, чтобы поделиться</translation>
    </message>
    <message>
        <source>Routine files</source>
        <translation>Файлы комплексов</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the deletion (Ctrl+Z)</source>
        <translation>Отменить удаление (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This routine comes with Calf Coach and cannot be changed. Duplicate makes your own copy to edit.</source>
        <translation>Этот комплекс входит в Calf Coach, изменить его нельзя. Кнопка «Копировать» сделает вашу копию, которую можно менять.</translation>
    </message>
    <message>
        <source>This file was written by hand and the editor cannot keep it exactly as it is ({reason}), so it is shown read-only. Duplicate makes an editable copy; the file itself stays as it is.</source>
        <translation>Этот файл написан вручную, и редактор не сможет сохранить его в точности как есть ({reason}), поэтому он открыт только для просмотра. Кнопка «Копировать» сделает копию, которую можно менять; сам файл останется нетронутым.</translation>
    </message>
    <message>
        <source>My own routine</source>
        <translation>Мой комплекс</translation>
    </message>
    <message>
        <source>Not saved: the routine did not pass the checks ({error}).</source>
        <translation>Не сохранено: комплекс не прошёл проверку ({error}).</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Комплекс «{title}» сохранён.</translation>
    </message>
    <message>
        <source>Could not delete “{title}”: {error}</source>
        <translation>Не удалось удалить «{title}»: {error}</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Комплекс «{title}» удалён.</translation>
    </message>
    <message>
        <source>Cannot undo: {file} exists again.</source>
        <translation>Отменить нельзя: файл {file} уже появился снова.</translation>
    </message>
    <message>
        <source>Could not undo: {error}</source>
        <translation>Не удалось отменить: {error}</translation>
    </message>
    <message>
        <source>The routine is back.</source>
        <translation>Комплекс возвращён.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Импорт комплекса</translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Файлы комплексов (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Не загружено: {error}</translation>
    </message>
    <message>
        <source>Not imported: you already have a routine with the id “{id}”. Delete it first, or change the id in the file.</source>
        <translation>Не загружено: у вас уже есть комплекс с идентификатором «{id}». Сначала удалите его или измените id в файле.</translation>
    </message>
    <message>
        <source>Not imported: the file has problems:</source>
        <translation>Не загружено: в файле есть ошибки:</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Комплекс «{title}» загружен.</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Экспорт комплекса</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Сохранено в {file}.</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
</context>
<context>
    <name>RoutineEditorText</name>
    <message>
        <source>Give the routine a title.</source>
        <translation>Дайте комплексу название.</translation>
    </message>
    <message>
        <source>Another routine already has this title; choose another one.</source>
        <translation>Комплекс с таким названием уже есть; выберите другое.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine needs a step.</source>
        <translation>Добавьте хотя бы одно упражнение: в комплексе должен быть шаг.</translation>
    </message>
    <message>
        <source>Hold for at least 1 second.</source>
        <translation>Удержание — не меньше 1 секунды.</translation>
    </message>
    <message>
        <source>Over 10 minutes is too long for one hold; use 600 seconds or less.</source>
        <translation>Больше 10 минут — слишком долго для одного удержания; укажите не больше 600 секунд.</translation>
    </message>
    <message>
        <source>Rest for 10 minutes (600 seconds) or less.</source>
        <translation>Отдых — не больше 10 минут (600 секунд).</translation>
    </message>
    <message>
        <source>line {line} has a comment, which saving would remove</source>
        <translation>в строке {line} есть комментарий, а при сохранении он пропал бы</translation>
    </message>
    <message>
        <source>{field} would be written differently</source>
        <translation>поле {field} было бы записано по-другому</translation>
    </message>
    <message>
        <source>{field} is a yes/no value, not text (put it in quotes)</source>
        <translation>поле {field} читается как «да/нет», а не как текст (возьмите его в кавычки)</translation>
    </message>
    <message>
        <source>{field} is a number, not text (put it in quotes)</source>
        <translation>поле {field} читается как число, а не как текст (возьмите его в кавычки)</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>поле {field} — не текст</translation>
    </message>
    <message>
        <source>{field} is not a whole number</source>
        <translation>поле {field} — не целое число</translation>
    </message>
    <message>
        <source>the file is not one routine</source>
        <translation>в файле не один комплекс</translation>
    </message>
    <message>
        <source>the file is an exercise library, not a routine</source>
        <translation>это библиотека упражнений, а не комплекс</translation>
    </message>
    <message>
        <source>its steps are not a list</source>
        <translation>шаги в нём записаны не списком</translation>
    </message>
    <message>
        <source>step {number} is not a set of &apos;key: value&apos; lines</source>
        <translation>шаг {number} записан не строками «ключ: значение»</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Стоя</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Сидя</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Лёжа</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Why read-only</source>
        <translation>Почему только просмотр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The routine&apos;s name, as home lists it</source>
        <translation>Название комплекса, как оно видно в списке</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>Ошибка в названии</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>One line about the routine, for example who prescribed it</source>
        <translation>Одна строка о комплексе, например кто его назначил</translation>
    </message>
    <message>
        <source>Get ready (seconds)</source>
        <translation>Подготовка (секунды)</translation>
    </message>
    <message>
        <source>Seconds to get into place before the first exercise</source>
        <translation>Сколько секунд на то, чтобы занять положение перед первым упражнением</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Упражнения, которые можно добавить</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Add the chosen exercise at the end (Enter in the list)</source>
        <translation>Добавить выбранное упражнение в конец (Enter в списке)</translation>
    </message>
    <message>
        <source>Steps (Alt+Up and Alt+Down move the chosen step)</source>
        <translation>Шаги (Alt+Вверх и Alt+Вниз перемещают выбранный шаг)</translation>
    </message>
    <message>
        <source>Steps problem</source>
        <translation>Ошибка в шагах</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Переместить шаг выше (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Переместить шаг ниже (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Убрать шаг</translation>
    </message>
    <message>
        <source>Remove the chosen step</source>
        <translation>Убрать выбранный шаг</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Удержание (секунды)</translation>
    </message>
    <message>
        <source>How long to hold each stretch</source>
        <translation>Сколько удерживать каждое растяжение</translation>
    </message>
    <message>
        <source>Hold problem</source>
        <translation>Ошибка в удержании</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>How many times (on each leg)</source>
        <translation>Сколько раз (на каждую ногу)</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation>Отдых (секунды)</translation>
    </message>
    <message>
        <source>Rest after each hold</source>
        <translation>Отдых после каждого удержания</translation>
    </message>
    <message>
        <source>Rest problem</source>
        <translation>Ошибка в отдыхе</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Each leg in turn, or once</source>
        <translation>Каждая нога по очереди или один раз</translation>
    </message>
    <message>
        <source>As the exercise says</source>
        <translation>Как в упражнении</translation>
    </message>
    <message>
        <source>Left leg, then right leg</source>
        <translation>Левая нога, затем правая</translation>
    </message>
    <message>
        <source>Once (no sides)</source>
        <translation>Один раз (без сторон)</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
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
        <source>Save the routine</source>
        <translation>Сохранить комплекс</translation>
    </message>
    <message>
        <source>Save and play</source>
        <translation>Сохранить и начать</translation>
    </message>
    <message>
        <source>Save the routine and play it now</source>
        <translation>Сохранить комплекс и сразу начать</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Make an editable copy of this routine</source>
        <translation>Сделать копию этого комплекса, которую можно менять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Back to home without saving (Escape)</source>
        <translation>Вернуться к списку без сохранения (Escape)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Routine (read-only)</source>
        <translation>Комплекс (только просмотр)</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Новый комплекс</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Изменить комплекс</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Play the routine</source>
        <translation>Начать комплекс</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Press Cancel (or Escape) again to discard them, or Save to keep them.</source>
        <translation>Есть несохранённые изменения. Нажмите «Отмена» (или Escape) ещё раз, чтобы отказаться от них, или «Сохранить», чтобы их сохранить.</translation>
    </message>
    <message numerus="yes">
        <source>hold %n s</source>
        <translation>
            <numerusform>удержание %n с</numerusform>
            <numerusform>удержание %n с</numerusform>
            <numerusform>удержание %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rest %n s</source>
        <translation>
            <numerusform>отдых %n с</numerusform>
            <numerusform>отдых %n с</numerusform>
            <numerusform>отдых %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>каждая нога</translation>
    </message>
    <message>
        <source>Total time: {time}</source>
        <translation>Общее время: {time}</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Calf Coach coaches exercises from an article on calf cramps. It is not a doctor and does not diagnose or treat anything.</source>
        <translation>Calf Coach помогает делать упражнения из статьи о судорогах икр. Он не врач: не ставит диагнозы и не лечит.</translation>
    </message>
    <message>
        <source>Call an emergency number now: {number}</source>
        <translation>Немедленно вызовите скорую: {number}</translation>
    </message>
    <message>
        <source>fainting or loss of consciousness</source>
        <translation>обморок или потеря сознания</translation>
    </message>
    <message>
        <source>jerking of the body, eyes rolling back, foaming or heavy salivation (a seizure, not a calf cramp)</source>
        <translation>подёргивания всего тела, закатившиеся глаза, пена изо рта или обильное слюнотечение (это судорожный припадок, а не судорога икры)</translation>
    </message>
    <message>
        <source>sudden chest pain, sudden breathlessness or coughing blood</source>
        <translation>внезапная боль в груди, внезапная одышка или кашель с кровью</translation>
    </message>
    <message>
        <source>a leg that is suddenly cold, pale or blue</source>
        <translation>нога внезапно стала холодной, бледной или синюшной</translation>
    </message>
    <message>
        <source>Get checked today</source>
        <translation>Покажитесь врачу сегодня же</translation>
    </message>
    <message>
        <source>one calf swollen, warm, red or painful to touch: it may be a blood clot. Do not massage it</source>
        <translation>одна икра отекла, горячая, покраснела или болит при касании: это может быть тромб. Не массируйте её</translation>
    </message>
    <message>
        <source>a cramp that lasts more than 10 minutes despite stretching</source>
        <translation>судорога не проходит больше 10 минут, несмотря на растягивание</translation>
    </message>
    <message>
        <source>a cramp after an injury or a snap, or a leg that cannot bear weight</source>
        <translation>судорога после травмы или щелчка в ноге, или на ногу невозможно опереться</translation>
    </message>
    <message>
        <source>See a doctor soon</source>
        <translation>Обратитесь к врачу в ближайшее время</translation>
    </message>
    <message>
        <source>cramps that often disturb your sleep</source>
        <translation>судороги часто мешают спать</translation>
    </message>
    <message>
        <source>cramps with muscle weakness, wasting or numbness</source>
        <translation>судороги вместе со слабостью, похуданием мышц или онемением</translation>
    </message>
    <message>
        <source>calf pain on walking that eases with rest</source>
        <translation>боль в икре при ходьбе, которая проходит в покое</translation>
    </message>
    <message>
        <source>cramps that started with a new medicine: talk to the doctor who prescribed it, and never stop a medicine on your own</source>
        <translation>судороги начались после нового лекарства: обсудите это с врачом, который его назначил; не отменяйте лекарство самостоятельно</translation>
    </message>
    <message>
        <source>Is one calf swollen, hot or red?</source>
        <translation>Одна икра отекла, горячая или покраснела?</translation>
    </message>
    <message>
        <source>The next step presses or massages the calf. That is not safe if the calf may hide a blood clot.</source>
        <translation>Следующий шаг: надавливание или массаж икры. Это опасно, если в ней может быть тромб.</translation>
    </message>
    <message>
        <source>Get checked today: do not massage</source>
        <translation>Покажитесь врачу сегодня же. Не массируйте</translation>
    </message>
    <message>
        <source>A swollen, hot or red calf may be a blood clot. Do not massage, press or knead it.</source>
        <translation>Отёк, жар или покраснение икры могут означать тромб. Не массируйте, не надавливайте и не разминайте её.</translation>
    </message>
    <message>
        <source>Get it checked today: call your doctor or an out-of-hours service.</source>
        <translation>Сегодня же покажитесь врачу: позвоните своему врачу или в неотложную помощь.</translation>
    </message>
    <message>
        <source>Call {number} now if you feel short of breath, have chest pain or feel faint.</source>
        <translation>Если появились одышка, боль в груди или предобморочное состояние, сразу звоните {number}.</translation>
    </message>
    <message>
        <source>Standing steps (optional)</source>
        <translation>Упражнения стоя (по желанию)</translation>
    </message>
    <message>
        <source>Turn on a light.</source>
        <translation>Включите свет.</translation>
    </message>
    <message>
        <source>Sit on the edge of the bed for 30 seconds.</source>
        <translation>Посидите на краю кровати 30 секунд.</translation>
    </message>
    <message>
        <source>Hold on to furniture or a wall.</source>
        <translation>Держитесь за мебель или стену.</translation>
    </message>
    <message>
        <source>If you feel dizzy, stay seated: do not stand up.</source>
        <translation>Если кружится голова, оставайтесь сидеть: не вставайте.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
</context>
<context>
    <name>SettingsFileText</name>
    <message>
        <source>must be true or false</source>
        <extracomment>A reminder as stored: id, time &quot;HH:MM&quot;, days, routine, label, enabled (and any keys a newer version added, kept as they are).</extracomment>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>должно быть числом от {low} до {high}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>должно быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>должно быть одним из значений: {options}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;07:30&quot;, or &quot;&quot; for off</source>
        <translation>должно быть временем суток вида &quot;07:30&quot; или &quot;&quot; (выключено)</translation>
    </message>
    <message>
        <source>must be empty or a phone number of up to 30 characters</source>
        <translation>должно быть пустым или номером телефона не длиннее 30 символов</translation>
    </message>
    <message>
        <source>must be a mapping with id, time, days, routine, label, enabled</source>
        <translation>должно быть набором полей id, time, days, routine, label, enabled</translation>
    </message>
    <message>
        <source>needs an &apos;id&apos; that is a non-empty text</source>
        <translation>нужно непустое поле &apos;id&apos;</translation>
    </message>
    <message>
        <source>&apos;before_bedtime&apos; must be 0 to 360 minutes, got {value}</source>
        <translation>&apos;before_bedtime&apos; должно быть от 0 до 360 минут, а указано {value}</translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a time of day like &quot;21:30&quot;, got {value}</source>
        <translation>&apos;time&apos; должно быть временем суток вида &quot;21:30&quot;, а указано {value}</translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a non-empty list of {days}</source>
        <translation>&apos;days&apos; должно быть непустым списком из {days}</translation>
    </message>
    <message>
        <source>needs a &apos;routine&apos; id</source>
        <translation>нужен идентификатор комплекса в поле &apos;routine&apos;</translation>
    </message>
    <message>
        <source>&apos;label&apos; must be text</source>
        <translation>&apos;label&apos; должно быть текстом</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos; должно быть true или false</translation>
    </message>
    <message>
        <source>must be a time like &quot;23:00&quot;, or one for each of {days}</source>
        <translation>должно быть временем вида &quot;23:00&quot; или отдельным временем для каждого из дней {days}</translation>
    </message>
    <message>
        <source>must be a time of day like &quot;06:00&quot;</source>
        <translation>должно быть временем суток вида &quot;06:00&quot;</translation>
    </message>
    <message>
        <source>Your settings file could not be read ({reason}); the default settings are used for now.</source>
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
    <message>
        <source>Your settings file was missing; the last good copy was restored.</source>
        <translation>Файл настроек не был найден; восстановлена последняя исправная копия.</translation>
    </message>
    <message>
        <source>Some entries in your settings file were not understood and are ignored for now (the app uses its defaults instead); they stay in the file as you wrote them:</source>
        <translation>Некоторые записи в файле настроек программе непонятны и пока не учитываются (вместо них действуют значения по умолчанию); в файле они остаются в том виде, как вы их написали:</translation>
    </message>
    <message>
        <source>reminder {number}: {reason}</source>
        <translation>напоминание {number}: {reason}</translation>
    </message>
    <message>
        <source>Some entries in your settings file were not understood and are ignored for now; Settings shows which and why.</source>
        <translation>Некоторые записи в файле настроек программе непонятны и пока не учитываются; какие и почему — показано в настройках.</translation>
    </message>
    <message>
        <source>must be a list</source>
        <extracomment>The version of the file&apos;s layout, written as its first key.</extracomment>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>repeats the id {id}</source>
        <translation>повторяет идентификатор {id}</translation>
    </message>
</context>
<context>
    <name>SettingsSchemaText</name>
    <message>
        <source>Ticks and tones during a routine.</source>
        <translation>Тиканье и тоны во время комплекса.</translation>
    </message>
    <message>
        <source>The exercises are read aloud during a routine.</source>
        <translation>Во время комплекса упражнения читаются вслух.</translation>
    </message>
    <message>
        <source>The screen does not blank or lock while a routine plays.</source>
        <translation>Пока идёт комплекс, экран не гаснет и не блокируется.</translation>
    </message>
    <message>
        <source>The colours of the window; &quot;system&quot; follows the desktop.</source>
        <translation>Цвета окна; «системная» — как на рабочем столе.</translation>
    </message>
    <message>
        <source>Multiplies the size of all text in the window.</source>
        <translation>Увеличивает или уменьшает весь текст в окне.</translation>
    </message>
    <message>
        <source>A &quot;get ready&quot; countdown before the first exercise; 0 for none.</source>
        <translation>Обратный отсчёт «приготовьтесь» перед первым упражнением; 0 — без отсчёта.</translation>
    </message>
    <message>
        <source>The language of the interface; &quot;system&quot; follows the desktop.</source>
        <translation>Язык интерфейса; «системный» — как на рабочем столе.</translation>
    </message>
    <message>
        <source>Whether the Cramp now screen, a night screen, may make sound.</source>
        <translation>Можно ли ночному экрану «Свело ногу» издавать звуки.</translation>
    </message>
    <message>
        <source>A reminder missed while the computer was off is offered once if it is no older than this; 0 for never.</source>
        <translation>Напоминание, пропущенное, пока компьютер был выключен, предлагается один раз, если прошло не больше этого времени; 0 — никогда.</translation>
    </message>
    <message>
        <source>How long &quot;Snooze&quot; puts a reminder off.</source>
        <translation>На сколько откладывается напоминание.</translation>
    </message>
    <message>
        <source>Start in the background when you log in, so reminders come without opening the app.</source>
        <translation>Запускаться в фоне при входе в систему, чтобы напоминания приходили, даже если программа не открыта.</translation>
    </message>
    <message>
        <source>You were told once that closing the window keeps the app running for reminders.</source>
        <translation>Вам уже сказали, что после закрытия окна программа продолжает работать ради напоминаний.</translation>
    </message>
    <message>
        <source>The first start offered once to add the app to the menu.</source>
        <translation>При первом запуске уже предлагалось добавить программу в меню.</translation>
    </message>
    <message>
        <source>When to ask &quot;Any cramps last night?&quot; each morning; empty for never.</source>
        <translation>Когда каждое утро спрашивать «Были ли судороги этой ночью?»; пусто — не спрашивать.</translation>
    </message>
    <message>
        <source>The number the warnings tell you to call; empty: the number for your region.</source>
        <translation>Номер, по которому предупреждения советуют звонить; пусто — номер для вашего региона.</translation>
    </message>
    <message>
        <source>When you usually go to bed, the same every evening or one for each day; a time before noon is after midnight.</source>
        <translation>Когда вы обычно ложитесь спать: одно время на все вечера или своё для каждого дня; время до полудня — это после полуночи.</translation>
    </message>
    <message>
        <source>Quiet hours, with no reminder and no missed-reminder prompt, start this long after bedtime.</source>
        <translation>Через столько минут после отхода ко сну начинаются тихие часы: без напоминаний и без вопросов о пропущенных.</translation>
    </message>
    <message>
        <source>Quiet hours end at this time the next morning.</source>
        <translation>В это время на следующее утро тихие часы заканчиваются.</translation>
    </message>
    <message>
        <source>When to remind you to stretch, and with which routine.</source>
        <translation>Когда напоминать о растяжке и с каким комплексом.</translation>
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
        <source>Sound problem</source>
        <translation>Звук недоступен</translation>
    </message>
    <message>
        <source>Voice problem</source>
        <translation>Голос недоступен</translation>
    </message>
    <message>
        <source>{problem}. Nothing plays here; your choice is kept.</source>
        <translation>{problem}. Здесь ничего не прозвучит; ваш выбор сохранён.</translation>
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
        <source>Ask about the night each morning at</source>
        <translation>Спрашивать о прошедшей ночи каждое утро в</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Утренний вопрос</translation>
    </message>
    <message>
        <source>Morning check-in time</source>
        <translation>Время утреннего вопроса</translation>
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
        <source>Bedtime, every evening</source>
        <translation>Время отхода ко сну, каждый вечер</translation>
    </message>
    <message>
        <source>Different on some evenings</source>
        <translation>В некоторые вечера по-другому</translation>
    </message>
    <message>
        <source>A different bedtime on some evenings</source>
        <translation>Другое время отхода ко сну в некоторые вечера</translation>
    </message>
    <message>
        <source>Bedtime:</source>
        <translation>Ложусь спать в:</translation>
    </message>
    <message>
        <source>Bedtime, {day}</source>
        <translation>Время отхода ко сну, {day}</translation>
    </message>
    <message>
        <source> min after bedtime</source>
        <translation> мин после отхода ко сну</translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation>Сразу с отходом ко сну</translation>
    </message>
    <message>
        <source>Quiet hours start:</source>
        <translation>Тихие часы начинаются:</translation>
    </message>
    <message>
        <source>Quiet hours start this many minutes after bedtime</source>
        <translation>Через сколько минут после отхода ко сну начинаются тихие часы</translation>
    </message>
    <message>
        <source>Quiet hours end at</source>
        <translation>Тихие часы заканчиваются в</translation>
    </message>
    <message>
        <source>Quiet until:</source>
        <translation>Тихие часы до:</translation>
    </message>
    <message>
        <source>About bedtime and quiet hours</source>
        <translation>О времени сна и тихих часах</translation>
    </message>
    <message>
        <source>A bedtime after midnight, such as 00:30, belongs to the evening before. Quiet hours: from {margin} min after your bedtime until {morning} the next morning, no reminders and no questions about a missed one; a reminder that would come then is skipped.</source>
        <translation>Время сна после полуночи, например 00:30, относится к предыдущему вечеру. Тихие часы: начиная через {margin} мин после отхода ко сну и до {morning} следующего утра нет ни напоминаний, ни вопросов о пропущенных; напоминание, которое пришлось бы на это время, пропускается.</translation>
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
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Restart Calf Coach now in the new language</source>
        <translation>Перезапустить Calf Coach сейчас на новом языке</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Automatic: {number}</source>
        <translation>Автоматически: {number}</translation>
    </message>
    <message>
        <source>Emergency number:</source>
        <translation>Номер экстренной помощи:</translation>
    </message>
    <message>
        <source>Emergency number shown in the warnings; empty: from your region</source>
        <translation>Номер экстренной помощи в предупреждениях; если пусто, по вашему региону</translation>
    </message>
    <message>
        <source>The new language needs a restart. Restart now keeps your window and reminders as they are.</source>
        <translation>Для нового языка нужен перезапуск. «Перезапустить сейчас» сохранит окно и напоминания как есть.</translation>
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
        <source>Calf Coach could not restart itself. Quit it and open it again to see the new language.</source>
        <translation>Calf Coach не смог перезапуститься. Выйдите из него и откройте снова, чтобы увидеть новый язык.</translation>
    </message>
    <message>
        <source>There is no reminder to snooze right now.</source>
        <translation>Сейчас нечего откладывать.</translation>
    </message>
    <message>
        <source>{screen} — {app}</source>
        <translation>{screen} — {app}</translation>
    </message>
    <message>
        <source>Calf Coach keeps running in the background so your reminders can appear. Run coach in a terminal to see it again; Ctrl+Q in its window quits.</source>
        <translation>Calf Coach продолжает работать в фоне, чтобы приходили напоминания. Чтобы открыть его снова, выполните coach в терминале; Ctrl+Q в его окне закрывает программу.</translation>
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
        <source>Routine editor</source>
        <translation>Редактор комплекса</translation>
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
