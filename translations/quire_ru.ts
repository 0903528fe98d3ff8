<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>quire::ui::AccountDialog</name>
    <message>
        <source>The server refused the connection. Check the server name and port.</source>
        <translation>Сервер отклонил соединение. Проверьте имя сервера и порт.</translation>
    </message>
    <message>
        <source>The server name was not found. Check its spelling.</source>
        <translation>Сервер с таким именем не найден. Проверьте, правильно ли оно написано.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up. The server may not offer this security mode on this port.</source>
        <translation>Не удалось установить защищённое соединение. Возможно, сервер не поддерживает этот режим защиты на этом порту.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it.</source>
        <translation>Сертификат сервера изменился с тех пор, как вы ему доверились.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
    <message>
        <source>Success: the server answered over an encrypted connection.</source>
        <translation>Готово: сервер ответил по зашифрованному соединению.</translation>
    </message>
    <message>
        <source>Success: the server answered, but the connection is NOT encrypted.</source>
        <translation>Готово: сервер ответил, но соединение НЕ зашифровано.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Something answered, but it is not an IMAP server. Check the port.</source>
        <translation>Что-то ответило, но это не IMAP-сервер. Проверьте порт.</translation>
    </message>
    <message>
        <source>The server refuses connections right now: %1</source>
        <translation>Сервер сейчас не принимает подключения: %1</translation>
    </message>
    <message>
        <source>The server does not allow STARTTLS. Try TLS on port 993.</source>
        <translation>Сервер не поддерживает STARTTLS. Попробуйте TLS на порту 993.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer in time. Check the security mode.</source>
        <translation>Сервер принял соединение, но не ответил вовремя. Проверьте режим защиты.</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Название учётной записи</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>например, Работа</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (рекомендуется)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>No keyring is available: Quire will ask for the password once per session.</source>
        <translation>Хранилище паролей недоступно: Quire будет спрашивать пароль один раз за сеанс.</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Файл дополнительного сертификата ЦС</translation>
    </message>
    <message>
        <source>Optional: a PEM file for a private certificate authority</source>
        <translation>Необязательно: PEM-файл собственного центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation>Выбрать файл сертификата ЦС</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, your password and all your mail travel over the network in plain text, where anyone on the way can read them. Use this only for a server on your own computer or a network you fully control.</source>
        <translation>&lt;b&gt;Внимание:&lt;/b&gt; без шифрования ваш пароль и вся почта передаются по сети открытым текстом, и их может прочитать любой, через кого они проходят. Используйте этот режим только для сервера на вашем компьютере или в сети, которую вы полностью контролируете.</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Предупреждение о незашифрованном соединении</translation>
    </message>
    <message>
        <source>I understand, connect &amp;without encryption</source>
        <translation>Я понимаю, подключаться &amp;без шифрования</translation>
    </message>
    <message>
        <source>Confirm unencrypted connection</source>
        <translation>Подтвердить незашифрованное соединение</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Пров&amp;ерить соединение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>Ос&amp;тановить проверку</translation>
    </message>
    <message>
        <source>Stop connection test</source>
        <translation>Остановить проверку соединения</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки соединения</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>За&amp;щита:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Се&amp;ртификат ЦС:</translation>
    </message>
    <message>
        <source>Choose a CA Certificate</source>
        <translation>Выбор сертификата ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Способ входа</translation>
    </message>
    <message>
        <source>OAuth2 (Google)</source>
        <translation>OAuth2 (Google)</translation>
    </message>
    <message>
        <source>OAuth2 (Microsoft 365)</source>
        <translation>OAuth2 (Microsoft 365)</translation>
    </message>
    <message>
        <source>OAuth2 (custom provider)</source>
        <translation>OAuth2 (другой поставщик)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Способ &amp;входа:</translation>
    </message>
</context>
<context>
    <name>quire::ui::AccountListDialog</name>
    <message>
        <source>%1
%2@%3:%4</source>
        <extracomment>An account in the list: its name, then user@server:port</extracomment>
        <translation>%1
%2@%3:%4</translation>
    </message>
    <message>
        <source>%1
%2@%3:%4, unencrypted</source>
        <extracomment>An account in the list: its name, then user@server:port and a warning</extracomment>
        <translation>%1
%2@%3:%4, без шифрования</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its settings and saved password are deleted; the mail on the server is not touched.</source>
        <translation>Удалить учётную запись «%1»? Её настройки и сохранённый пароль будут удалены; почта на сервере останется нетронутой.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
</context>
<context>
    <name>quire::ui::ActivityIndicator</name>
    <message>
        <source>Downloading %1 for offline use</source>
        <extracomment>Make Available Offline is running; %1 is the folder whose messages are downloaded</extracomment>
        <translation>Загрузка папки %1 для работы без сети</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server</source>
        <translation>
            <numerusform>Отправка на сервер: %n изменение</numerusform>
            <numerusform>Отправка на сервер: %n изменения</numerusform>
            <numerusform>Отправка на сервер: %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1</source>
        <translation>Синхронизация папки %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Several accounts: the account&apos;s name, then what runs for it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Отменить операцию</translation>
    </message>
    <message>
        <source>Stop this operation; changes not sent yet are kept for later</source>
        <extracomment>Changes not sent yet are kept and sent later</extracomment>
        <translation>Остановить эту операцию; ещё не отправленные изменения сохранятся на потом</translation>
    </message>
</context>
<context>
    <name>quire::ui::AdvancedSearchDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Advanced Search</source>
        <translation>Расширенный поиск</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>Расширенный поиск</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <source>all of the conditions</source>
        <translation>всем условиям</translation>
    </message>
    <message>
        <source>any of the conditions</source>
        <translation>любому из условий</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>&amp;Искать в:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Соответствие:</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>&amp;Добавить условие</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n message(s) found so far.</source>
        <translation>
            <numerusform>Остановлено. Пока найдено %n сообщение.</numerusform>
            <numerusform>Остановлено. Пока найдено %n сообщения.</numerusform>
            <numerusform>Остановлено. Пока найдено %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>Показаны только первые %1.</translation>
    </message>
    <message>
        <source>No folder is open</source>
        <translation>Папка не открыта</translation>
    </message>
    <message>
        <source>This folder (%1)</source>
        <translation>Эта папка (%1)</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Все папки</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Учётная запись не открыта.</translation>
    </message>
    <message>
        <source>There is no folder to search.</source>
        <translation>Нет папок для поиска.</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n folder(s) on the server…</source>
        <translation>
            <numerusform>Поиск в %n папке на сервере…</numerusform>
            <numerusform>Поиск в %n папках на сервере…</numerusform>
            <numerusform>Поиск в %n папках на сервере…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: searching %n folder(s) in the local cache…</source>
        <translation>
            <numerusform>Автономно: поиск в %n папке локального кэша…</numerusform>
            <numerusform>Автономно: поиск в %n папках локального кэша…</numerusform>
            <numerusform>Автономно: поиск в %n папках локального кэша…</numerusform>
        </translation>
    </message>
    <message>
        <source>(message %1, not downloaded yet)</source>
        <translation>(сообщение %1, ещё не загружено)</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Добавьте хотя бы одно условие.</translation>
    </message>
    <message>
        <source>A condition has no text to look for (keywords are single words without spaces).</source>
        <translation>В условии нет текста для поиска (ключевое слово — одно слово без пробелов).</translation>
    </message>
    <message>
        <source>A header condition needs a field name such as X-Mailer, without spaces or a colon.</source>
        <translation>Для условия по заголовку нужно имя поля, например X-Mailer, без пробелов и двоеточия.</translation>
    </message>
    <message>
        <source>A date is not valid.</source>
        <translation>Неверная дата.</translation>
    </message>
    <message>
        <source>A UID set is not valid: use numbers and ranges such as 1:100,205.</source>
        <translation>Неверный набор UID: используйте числа и диапазоны, например 1:100,205.</translation>
    </message>
</context>
<context>
    <name>quire::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Сохранить все…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Сохранить все вложения</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s):</source>
        <translation>
            <numerusform>%n вложение:</numerusform>
            <numerusform>%n вложения:</numerusform>
            <numerusform>%n вложений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Вложение %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>Не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <source>No application is set up to open &quot;%1&quot;.</source>
        <translation>Нет приложения для открытия «%1».</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Сохранить все вложения</translation>
    </message>
</context>
<context>
    <name>quire::ui::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <extracomment>A certificate&apos;s validity date that the certificate does not give</extracomment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Warning: Certificate Changed</source>
        <translation>Внимание: сертификат изменился</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style=&quot;color:#c00000; font-size:large&quot;&gt;The certificate of %1 has changed.&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;span style=&quot;color:#c00000; font-size:large&quot;&gt;Сертификат сервера %1 изменился.&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You told Quire to trust a different certificate for this server. This may be an attack: someone may be intercepting the connection to read your password and your mail. Unless your provider told you that its certificate changed, choose Cancel.</source>
        <translation>Вы указали Quire доверять другому сертификату этого сервера. Возможно, это атака: кто-то перехватывает соединение, чтобы прочитать ваш пароль и вашу почту. Если ваш провайдер не сообщал о смене сертификата, нажмите «Отмена».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quire cannot verify the identity of %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quire не может подтвердить подлинность сервера %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server presented a certificate that is not signed by an authority this system trusts, or that is not valid for this server name or date. Trust it only if you know that it is the right one, for example by comparing the fingerprint with the one your provider publishes.</source>
        <translation>Сервер предъявил сертификат, который не подписан центром сертификации, которому доверяет эта система, или недействителен для этого имени сервера или на эту дату. Доверяйте ему, только если знаете, что это правильный сертификат, например сверив его отпечаток с тем, который публикует ваш провайдер.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Действителен с:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действителен с</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (срок истёк)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>Прежний доверенный (SHA-256):</translation>
    </message>
    <message>
        <source>Previously trusted SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256 прежнего доверенного сертификата</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Предъявлен сейчас (SHA-256):</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256 предъявленного сертификата</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>Доверять &amp;однократно</translation>
    </message>
    <message>
        <source>Trust the &amp;New Certificate</source>
        <translation>Доверять &amp;новому сертификату</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>Доверять &amp;всегда</translation>
    </message>
    <message>
        <source>Connect this time without remembering the certificate</source>
        <translation>Подключиться в этот раз, не запоминая сертификат</translation>
    </message>
    <message>
        <source>Remember this certificate for the account</source>
        <translation>Запомнить этот сертификат для учётной записи</translation>
    </message>
</context>
<context>
    <name>quire::ui::EngineRequestWatch</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Соединение с сервером потеряно.</translation>
    </message>
    <message>
        <source>The folder could not be opened on the server.</source>
        <translation>Не удалось открыть папку на сервере.</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Учётная запись закрыта.</translation>
    </message>
    <message>
        <source>Opening the folder on the server was cancelled.</source>
        <translation>Открытие папки на сервере было отменено.</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Новая папка…</translation>
    </message>
    <message>
        <source>Create a folder inside the selected one</source>
        <translation>Создать папку внутри выбранной</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Переименовать папку…</translation>
    </message>
    <message>
        <source>Rename the selected folder</source>
        <translation>Переименовать выбранную папку</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Удалить папку…</translation>
    </message>
    <message>
        <source>Delete the selected folder and its messages from the server</source>
        <translation>Удалить выбранную папку и её сообщения с сервера</translation>
    </message>
    <message>
        <source>&amp;Subscriptions…</source>
        <translation>По&amp;дписки…</translation>
    </message>
    <message>
        <source>Choose which folders this account subscribes to</source>
        <translation>Выбрать, на какие папки подписана учётная запись</translation>
    </message>
    <message>
        <source>Show &amp;Only Subscribed Folders</source>
        <translation>Показывать &amp;только папки с подпиской</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Действия с папками</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>Па&amp;пка</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>У папки должно быть имя.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;%1&quot;: the server uses it to separate folders.</source>
        <translation>Имя папки не может содержать «%1»: сервер разделяет им папки.</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; here.</source>
        <translation>Здесь уже есть папка «%1».</translation>
    </message>
    <message>
        <source>Creating the folder &quot;%1&quot;.</source>
        <translation>Создаётся папка «%1».</translation>
    </message>
    <message>
        <source>Renaming the folder &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Папка «%1» переименовывается в «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? Its subfolders may be deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщение? Её вложенные папки тоже могут быть удалены. Это нельзя отменить.</numerusform>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщения? Её вложенные папки тоже могут быть удалены. Это нельзя отменить.</numerusform>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщений? Её вложенные папки тоже могут быть удалены. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщение? Это нельзя отменить.</numerusform>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщения? Это нельзя отменить.</numerusform>
            <numerusform>Удалить с сервера папку «%1» и её %n сообщений? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the folder &quot;%1&quot;.</source>
        <translation>Удаляется папка «%1».</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Имя новой папки:</translation>
    </message>
    <message>
        <source>Name of the new folder inside &quot;%1&quot;:</source>
        <translation>Имя новой папки внутри «%1»:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Переименовать папку</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Новое имя для «%1»:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Удалить папку</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>&amp;Удалить папку</translation>
    </message>
    <message>
        <source>Confirm deleting a folder</source>
        <translation>Подтверждение удаления папки</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderPane</name>
    <message>
        <source>Inbox</source>
        <comment>special folder</comment>
        <extracomment>The special folder where new mail arrives</extracomment>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Drafts</source>
        <comment>special folder</comment>
        <extracomment>The special folder for unfinished messages</extracomment>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>special folder</comment>
        <extracomment>The special folder for sent messages</extracomment>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>special folder</comment>
        <extracomment>The special folder for deleted messages (Trash)</extracomment>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Junk</source>
        <comment>special folder</comment>
        <extracomment>The special folder for spam (Junk)</extracomment>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>special folder</comment>
        <extracomment>The special folder for archived messages (Archive), a noun</extracomment>
        <translation>Архив</translation>
    </message>
    <message>
        <source>All Mail</source>
        <comment>special folder</comment>
        <extracomment>The special folder that shows all messages (All)</extracomment>
        <translation>Вся почта</translation>
    </message>
    <message>
        <source>Flagged</source>
        <comment>special folder</comment>
        <extracomment>The special folder that shows the flagged (starred) messages (Flagged)</extracomment>
        <translation>Помеченные</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <extracomment>A folder name and its count of unread messages</extracomment>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), %L1 unread</source>
        <extracomment>Tooltip of a folder: its message count, then how many of them are unread</extracomment>
        <translation>
            <numerusform>%Ln сообщение, непрочитанных: %L1</numerusform>
            <numerusform>%Ln сообщения, непрочитанных: %L1</numerusform>
            <numerusform>%Ln сообщений, непрочитанных: %L1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderPickerDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбор папки</translation>
    </message>
    <message>
        <source>Type to filter folders</source>
        <translation>Введите текст, чтобы отфильтровать папки</translation>
    </message>
    <message>
        <source>Folder filter</source>
        <translation>Фильтр папок</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
</context>
<context>
    <name>quire::ui::MainWindow</name>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Повторное подключение…</translation>
    </message>
    <message>
        <source>The cache of %1 was written by a newer version of Quire.</source>
        <translation>Кэш учётной записи %1 создан более новой версией Quire.</translation>
    </message>
    <message>
        <source>The cache of %1 could not be upgraded to this version of Quire.</source>
        <translation>Не удалось обновить кэш учётной записи %1 для этой версии Quire.</translation>
    </message>
    <message>
        <source>The cache of %1 could not be opened.</source>
        <translation>Не удалось открыть кэш учётной записи %1.</translation>
    </message>
    <message>
        <source>Offline: the change will be sent when Quire is online again.</source>
        <translation>Нет подключения: изменение будет отправлено, когда Quire снова будет в сети.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>The server sent a response Quire does not understand.</source>
        <translation>Сервер прислал ответ, который Quire не понимает.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Соединение с сервером потеряно.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Не удалось записать локальный кэш.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>%1 (folder %2)</source>
        <extracomment>%1 is one of the error sentences, %2 the folder it happened in</extracomment>
        <translation>%1 (папка %2)</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 is one of the error sentences, %2 the server&apos;s reply in its own language</extracomment>
        <translation>%1 Ответ сервера: %2</translation>
    </message>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Состояние соединения</translation>
    </message>
    <message>
        <source>No account is configured.</source>
        <translation>Нет ни одной учётной записи.</translation>
    </message>
    <message>
        <source>%1 — Quire</source>
        <extracomment>Window title: the open folder, then the application&apos;s name</extracomment>
        <translation>%1 — Quire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An account name and its connection state
----------
An account name and what went wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Сообщение сервера</translation>
    </message>
    <message>
        <source>The server of %1 says:

%2</source>
        <translation>Сервер учётной записи %1 сообщает:

%2</translation>
    </message>
    <message>
        <source>Server alert</source>
        <translation>Предупреждение сервера</translation>
    </message>
    <message>
        <source>Welcome to Quire: Set Up Your Account</source>
        <translation>Добро пожаловать в Quire: настройте учётную запись</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation>&amp;Работать автономно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The cache of %1 is damaged.</source>
        <translation>Кэш учётной записи %1 повреждён.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find in Folder</source>
        <translation>&amp;Найти в папке</translation>
    </message>
    <message>
        <source>&amp;Advanced Search…</source>
        <translation>&amp;Расширенный поиск…</translation>
    </message>
    <message>
        <source>%1: please sign in again (File › Accounts…, Edit, Sign In).</source>
        <extracomment>An OAuth2 account whose tokens were refused or revoked; %1 is the account name</extracomment>
        <translation>%1: войдите снова (Файл › Учётные записи…, Изменить, Войти).</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Message tools</source>
        <translation>Панель сообщений</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <extracomment>The language menu&apos;s first entry: the language the system is set to</extracomment>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Pseudo-Locale (for Translators)</source>
        <extracomment>The language menu&apos;s last entry: every text accented, widened and in brackets</extracomment>
        <translation>&amp;Псевдолокаль (для переводчиков)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Protocol Log</source>
        <translation>&amp;Журнал протокола</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Проблемы</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <extracomment>Menu command (a verb): set Seen on the selected messages</extracomment>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Отметить как &amp;непрочитанное</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Поставить или снять &amp;звёздочку</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <comment>verb</comment>
        <extracomment>Menu command: mark the selected messages as spam</extracomment>
        <translation>Пометить как &amp;спам</translation>
    </message>
    <message>
        <source>Mark as &amp;Not Junk</source>
        <translation>Пометить как &amp;не спам</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;xpunge Deleted Messages</source>
        <translation>&amp;Стереть удалённые сообщения</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>П&amp;ереместить в…</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>&amp;Копировать в…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Mark the selected messages as read</source>
        <translation>Отметить выбранные сообщения как прочитанные</translation>
    </message>
    <message>
        <source>Mark the selected messages as unread</source>
        <translation>Отметить выбранные сообщения как непрочитанные</translation>
    </message>
    <message>
        <source>Star or unstar the selected messages</source>
        <translation>Поставить или снять звёздочку у выбранных сообщений</translation>
    </message>
    <message>
        <source>Mark the selected messages as junk</source>
        <translation>Пометить выбранные сообщения как спам</translation>
    </message>
    <message>
        <source>Mark the selected messages as not junk</source>
        <translation>Пометить выбранные сообщения как не спам</translation>
    </message>
    <message>
        <source>Remove the messages marked as deleted from this folder for good</source>
        <translation>Окончательно убрать из этой папки сообщения, помеченные как удалённые</translation>
    </message>
    <message>
        <source>Move the selected messages to another folder</source>
        <translation>Переместить выбранные сообщения в другую папку</translation>
    </message>
    <message>
        <source>Copy the selected messages to another folder</source>
        <translation>Копировать выбранные сообщения в другую папку</translation>
    </message>
    <message>
        <source>Save the selected messages as .eml files</source>
        <translation>Сохранить выбранные сообщения в файлы .eml</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Действия с сообщениями</translation>
    </message>
    <message>
        <source>Read-only folder</source>
        <translation>Папка только для чтения</translation>
    </message>
    <message>
        <source>This folder is read-only</source>
        <translation>Эта папка только для чтения</translation>
    </message>
    <message>
        <source>The server opened this folder read-only: messages cannot be changed, moved or deleted.</source>
        <translation>Сервер открыл эту папку только для чтения: сообщения нельзя изменять, перемещать и удалять.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <source>Mark the selected messages as deleted (Expunge removes them)</source>
        <translation>Пометить выбранные сообщения как удалённые (стирание уберёт их)</translation>
    </message>
    <message>
        <source>Move the selected messages to %1</source>
        <translation>Переместить выбранные сообщения в %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo Flag Change</source>
        <translation>&amp;Отменить изменение отметки</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>&amp;Отменить перемещение</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n message(s) as junk.</source>
        <translation>
            <numerusform>%n сообщение помечено как спам.</numerusform>
            <numerusform>%n сообщения помечены как спам.</numerusform>
            <numerusform>%n сообщений помечено как спам.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not allow changing this flag in this folder.</source>
        <translation>Сервер не разрешает менять эту отметку в этой папке.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n message(s) as deleted; Expunge removes them.</source>
        <translation>
            <numerusform>%n сообщение помечено как удалённое; стирание уберёт его.</numerusform>
            <numerusform>%n сообщения помечены как удалённые; стирание уберёт их.</numerusform>
            <numerusform>%n сообщений помечено как удалённые; стирание уберёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the messages marked as deleted from %1.</source>
        <translation>Из папки %1 стираются сообщения, помеченные как удалённые.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) to %1.</source>
        <translation>
            <numerusform>%n сообщение перемещено в %1.</numerusform>
            <numerusform>%n сообщения перемещены в %1.</numerusform>
            <numerusform>%n сообщений перемещено в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n message(s) to %1.</source>
        <translation>
            <numerusform>%n сообщение скопировано в %1.</numerusform>
            <numerusform>%n сообщения скопированы в %1.</numerusform>
            <numerusform>%n сообщений скопировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Переместить в папку</translation>
    </message>
    <message>
        <source>Copy to Folder</source>
        <translation>Копировать в папку</translation>
    </message>
    <message>
        <source>Undid the flag change.</source>
        <translation>Изменение отметки отменено.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n message(s) back to %1.</source>
        <translation>
            <numerusform>%n сообщение возвращается в %1.</numerusform>
            <numerusform>%n сообщения возвращаются в %1.</numerusform>
            <numerusform>%n сообщений возвращается в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Сохранить сообщение</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Почтовые сообщения (*.eml)</translation>
    </message>
    <message>
        <source>Save Messages to Folder</source>
        <translation>Сохранить сообщения в каталог</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Message %1 is not available offline.</source>
        <translation>Сообщение %1 недоступно без сети.</translation>
    </message>
    <message>
        <source>Message %1 could not be read from the server.</source>
        <translation>Не удалось прочитать сообщение %1 с сервера.</translation>
    </message>
    <message>
        <source>Undo Copy (not available on this server)</source>
        <translation>Отменить копирование (на этом сервере недоступно)</translation>
    </message>
    <message>
        <source>&amp;Undo Copy</source>
        <translation>&amp;Отменить копирование</translation>
    </message>
    <message>
        <source>The server did not say which messages are the copies (no UIDPLUS), so this copy cannot be undone.</source>
        <translation>Сервер не сообщил, какие сообщения являются копиями (нет UIDPLUS), поэтому это копирование нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Removing the %n copied message(s) from %1.</source>
        <translation>
            <numerusform>%n скопированное сообщение удаляется из %1.</numerusform>
            <numerusform>%n скопированных сообщения удаляются из %1.</numerusform>
            <numerusform>%n скопированных сообщений удаляется из %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageListPane</name>
    <message>
        <source>Starred</source>
        <extracomment>Tooltip of the star column of the message list</extracomment>
        <translation>Помечено</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>column</comment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <comment>column</comment>
        <extracomment>Column title: the sender of a message</extracomment>
        <translation>От</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column</comment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>column</comment>
        <translation>Размер</translation>
    </message>
    <message>
        <source>★</source>
        <comment>column</comment>
        <extracomment>Title of the narrow star (flag) column; a symbol fits best</extracomment>
        <translation>★</translation>
    </message>
    <message>
        <source>Attachment</source>
        <comment>column</comment>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Read or unread: click a row&apos;s dot to change it</source>
        <extracomment>Tooltip of the read/unread column of the message list</extracomment>
        <translation>Прочитано или нет: щёлкните точку в строке, чтобы изменить</translation>
    </message>
    <message>
        <source>●</source>
        <comment>column</comment>
        <extracomment>Title of the narrow read/unread column; a symbol fits best</extracomment>
        <translation>●</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageSearch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server refused the search</source>
        <translation>сервер отказался выполнить поиск</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>На сервере найдено %n сообщение.</numerusform>
            <numerusform>На сервере найдено %n сообщения.</numerusform>
            <numerusform>На сервере найдено %n сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n message(s) found in the local cache (only downloaded messages are searched).</source>
        <translation>
            <numerusform>Автономно: в локальном кэше найдено %n сообщение (поиск только по загруженным сообщениям).</numerusform>
            <numerusform>Автономно: в локальном кэше найдено %n сообщения (поиск только по загруженным сообщениям).</numerusform>
            <numerusform>Автономно: в локальном кэше найдено %n сообщений (поиск только по загруженным сообщениям).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot search non-English text; results may be incomplete.</source>
        <translation>Сервер не умеет искать текст не на английском; результаты могут быть неполными.</translation>
    </message>
    <message>
        <source>Not searched: %1</source>
        <translation>Не просмотрено: %1</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageSourceDialog</name>
    <message>
        <source>Message Source</source>
        <translation>Исходный текст сообщения</translation>
    </message>
    <message>
        <source>Message Source: %1</source>
        <translation>Исходный текст сообщения: %1</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Исходный текст сообщения</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageViewPane</name>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Blocked remote content</source>
        <translation>Заблокированное внешнее содержимое</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Сообщение не выбрано</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Недоступно без подключения к сети</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Не удалось загрузить сообщение.</translation>
    </message>
    <message>
        <source>Load Once</source>
        <translation>Загрузить один раз</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Load remote content once</source>
        <translation>Загрузить внешнее содержимое один раз</translation>
    </message>
    <message>
        <source>Always load remote content from this sender</source>
        <translation>Всегда загружать внешнее содержимое от этого отправителя</translation>
    </message>
    <message>
        <source>Retry loading the message</source>
        <translation>Повторить загрузку сообщения</translation>
    </message>
    <message>
        <source>The message could not be loaded: %1</source>
        <translation>Не удалось загрузить сообщение: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n внешнее изображение заблокировано для защиты вашей приватности.</numerusform>
            <numerusform>%n внешних изображения заблокированы для защиты вашей приватности.</numerusform>
            <numerusform>%n внешних изображений заблокировано для защиты вашей приватности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Всегда для %1</translation>
    </message>
</context>
<context>
    <name>quire::ui::NewMailNotifier</name>
    <message>
        <source>New mail</source>
        <translation>Новая почта</translation>
    </message>
    <message>
        <source>New mail has arrived in the inbox of %1.</source>
        <extracomment>The tray message; %1 is the account&apos;s name</extracomment>
        <translation>Во «Входящие» учётной записи %1 пришла новая почта.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in the inbox of %1.</source>
        <translation>
            <numerusform>%n новое сообщение во «Входящих» учётной записи %1.</numerusform>
            <numerusform>%n новых сообщения во «Входящих» учётной записи %1.</numerusform>
            <numerusform>%n новых сообщений во «Входящих» учётной записи %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quire: %n unread message(s) in the inbox</source>
        <extracomment>The tray icon&apos;s tooltip</extracomment>
        <translation>
            <numerusform>Quire: %n непрочитанное сообщение во «Входящих»</numerusform>
            <numerusform>Quire: %n непрочитанных сообщения во «Входящих»</numerusform>
            <numerusform>Quire: %n непрочитанных сообщений во «Входящих»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::OAuthSignInPanel</name>
    <message>
        <source>Authorization URL</source>
        <translation>Адрес авторизации</translation>
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation>https://login.example.com/authorize</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Адрес выдачи токенов</translation>
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation>https://login.example.com/token</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область доступа</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Идентификатор клиента</translation>
    </message>
    <message>
        <source>The ID of your app registration with the provider</source>
        <translation>Идентификатор вашего приложения, зарегистрированного у поставщика</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>Only if the provider gave one (Google does)</source>
        <translation>Только если поставщик его выдал (Google выдаёт)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Вход ещё не выполнен.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>Leave empty to use Quire&apos;s registration</source>
        <translation>Оставьте пустым, чтобы использовать регистрацию Quire</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Сначала выберите поставщика.</translation>
    </message>
    <message>
        <source>This provider needs a client ID: register Quire with it and enter the ID here. docs/OAUTH2.md explains how.</source>
        <translation>Этому поставщику нужен идентификатор клиента: зарегистрируйте у него Quire и введите идентификатор здесь. Как это сделать, описано в docs/OAUTH2.md.</translation>
    </message>
    <message>
        <source>The authorization URL must be an https:// address.</source>
        <translation>Адрес авторизации должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The token URL must be an https:// address.</source>
        <translation>Адрес выдачи токенов должен начинаться с https://.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>Quire could not open a local port to receive the answer from your browser.</source>
        <translation>Quire не удалось открыть локальный порт, чтобы получить ответ от браузера.</translation>
    </message>
    <message>
        <source>The provider did not give Quire access to this account (%1).</source>
        <translation>Поставщик не предоставил Quire доступ к этой учётной записи (%1).</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Поставщик отказал во входе: %1</translation>
    </message>
    <message>
        <source>The provider no longer accepts Quire&apos;s sign-in for this account. Please sign in again.</source>
        <translation>Поставщик больше не принимает вход Quire для этой учётной записи. Войдите снова.</translation>
    </message>
    <message>
        <source>The provider refused to issue a token: %1. Check the client ID and secret.</source>
        <translation>Поставщик отказался выдать токен: %1. Проверьте идентификатор и секрет клиента.</translation>
    </message>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>Не удалось связаться с поставщиком: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be understood.</source>
        <translation>Не удалось разобрать ответ поставщика.</translation>
    </message>
    <message>
        <source>The system keyring could not be used: %1</source>
        <translation>Не удалось воспользоваться системным хранилищем паролей: %1</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;h2&gt;Quire is signed in.&lt;/h2&gt;&lt;p&gt;You can close this window and return to Quire.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;h2&gt;Вход в Quire выполнен.&lt;/h2&gt;&lt;p&gt;Можно закрыть это окно и вернуться в Quire.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Opening the provider&apos;s sign-in page in your browser…</source>
        <translation>Открываем страницу входа поставщика в браузере…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>Ожидаем, пока вы войдёте и разрешите доступ в браузере…</translation>
    </message>
    <message>
        <source>Access granted; getting the tokens…</source>
        <translation>Доступ разрешён; получаем токены…</translation>
    </message>
    <message>
        <source>Signed in. Quire keeps the tokens in the system keyring when you press OK.</source>
        <translation>Вход выполнен. После нажатия «OK» Quire сохранит токены в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>Адрес &amp;авторизации:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>Адрес &amp;токенов:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Об&amp;ласть доступа:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;Идентификатор клиента:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Се&amp;крет клиента:</translation>
    </message>
    <message>
        <source>Sign &amp;In with the Provider…</source>
        <translation>&amp;Войти через поставщика…</translation>
    </message>
    <message>
        <source>Cancel Si&amp;gn-In</source>
        <translation>Отменить в&amp;ход</translation>
    </message>
</context>
<context>
    <name>quire::ui::OfflineActions</name>
    <message>
        <source>Make Available &amp;Offline</source>
        <translation>Сделать доступным &amp;без сети</translation>
    </message>
    <message>
        <source>Download the messages of the selected folder, to read them without a connection</source>
        <translation>Загрузить сообщения выбранной папки, чтобы читать их без подключения</translation>
    </message>
    <message>
        <source>&amp;Messages Without Attachments</source>
        <translation>&amp;Сообщения без вложений</translation>
    </message>
    <message>
        <source>Messages &amp;Including Attachments</source>
        <translation>Сообщения &amp;вместе с вложениями</translation>
    </message>
</context>
<context>
    <name>quire::ui::PasswordPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Пароль для %1</translation>
    </message>
    <message>
        <source>Enter the password for %1 on %2.</source>
        <translation>Введите пароль пользователя %1 на сервере %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server did not accept the password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сервер не принял пароль.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keyring</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>No keyring is available: the password is kept until Quire quits.</source>
        <translation>Хранилище паролей недоступно: пароль хранится до выхода из Quire.</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>quire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>&amp;Show messages as:</source>
        <translation>Показывать пись&amp;ма как:</translation>
    </message>
    <message>
        <source>HTML (formatted)</source>
        <extracomment>How a message with both an HTML and a plain text version is shown</extracomment>
        <translation>HTML (с оформлением)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation>&amp;Внешнее содержимое:</translation>
    </message>
    <message>
        <source>Block and ask with a bar</source>
        <extracomment>Remote content: images and styles a message loads from the internet</extracomment>
        <translation>Блокировать и спрашивать в панели</translation>
    </message>
    <message>
        <source>Always block, never ask</source>
        <translation>Всегда блокировать, не спрашивать</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Всегда загружать</translation>
    </message>
    <message>
        <source>Se&amp;nders whose remote
content always loads:</source>
        <translation>&amp;Отправители, чьё внешнее
содержимое всегда загружается:</translation>
    </message>
    <message>
        <source>Senders whose remote content always loads</source>
        <translation>Отправители, чьё внешнее содержимое всегда загружается</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Forget A&amp;ll</source>
        <translation>Забыть вс&amp;ех</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation>Проверять &amp;новую почту каждые:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>A spin box suffix: &quot;Check for new mail every 5 min&quot;</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Offline cache limit:</source>
        <translation>&amp;Размер автономного кэша:</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>A spin box suffix: the offline cache&apos;s size in mebibytes</extracomment>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The offline cache limit set to 0</extracomment>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Message bodies and attachments kept for offline reading. When the cache grows beyond the limit, the least recently read ones are removed; folders and message lists are always kept.</source>
        <translation>Тексты писем и вложения, сохранённые для чтения без сети. Когда кэш превышает ограничение, удаляются те, что открывались давнее всего; папки и списки писем сохраняются всегда.</translation>
    </message>
    <message>
        <source>Show a &amp;notification when new mail arrives</source>
        <translation>Показывать &amp;уведомление о новой почте</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Quire cannot show notifications.</source>
        <translation>В этой рабочей среде нет системного лотка, поэтому Quire не может показывать уведомления.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System Default</source>
        <extracomment>The language list&apos;s first entry: the language the system is set to</extracomment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Pseudo-Locale (for Translators)</source>
        <translation>Псевдолокаль (для переводчиков)</translation>
    </message>
    <message>
        <source>Changes take effect at once, without reconnecting.</source>
        <translation>Изменения вступают в силу сразу, без переподключения.</translation>
    </message>
</context>
<context>
    <name>quire::ui::ProblemsDock</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>The status bar button that opens the Problems list</extracomment>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column headers of the Problems list</extracomment>
        <translation>Время</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Подробности проблемы</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>Show the problems of the background work</source>
        <translation>Показать проблемы фоновой работы</translation>
    </message>
</context>
<context>
    <name>quire::ui::ProtocolLogWindow</name>
    <message>
        <source>%1 (background)</source>
        <extracomment>The protocol log&apos;s name for an account&apos;s second connection; %1 is the account</extracomment>
        <translation>%1 (фоновое)</translation>
    </message>
    <message>
        <source>Could not save the protocol log to %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Не удалось сохранить журнал протокола в %1: %2</translation>
    </message>
    <message>
        <source>Save Protocol Log</source>
        <translation>Сохранение журнала протокола</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Файлы журнала (*.log *.txt)</translation>
    </message>
    <message>
        <source>Protocol Log</source>
        <translation>Журнал протокола</translation>
    </message>
    <message>
        <source>IMAP traffic, passwords removed</source>
        <translation>Обмен данными с сервером, без паролей</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>quire::ui::SearchBar</name>
    <message>
        <source>Search this folder (Ctrl+F)</source>
        <translation>Поиск в этой папке (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Быстрый поиск</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Advanced…</source>
        <translation>Расширенный…</translation>
    </message>
    <message>
        <source>Search with several conditions, in one folder or all (Ctrl+Shift+F)</source>
        <translation>Поиск по нескольким условиям, в одной папке или во всех (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>Расширенный поиск</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Поиск на сервере…</translation>
    </message>
    <message>
        <source>Offline: searching the local cache…</source>
        <translation>Автономно: поиск в локальном кэше…</translation>
    </message>
</context>
<context>
    <name>quire::ui::SearchCriterionRow</name>
    <message>
        <source>Subject contains</source>
        <translation>Тема содержит</translation>
    </message>
    <message>
        <source>From contains</source>
        <translation>Отправитель содержит</translation>
    </message>
    <message>
        <source>To contains</source>
        <translation>Кому содержит</translation>
    </message>
    <message>
        <source>Cc contains</source>
        <translation>Копия содержит</translation>
    </message>
    <message>
        <source>Bcc contains</source>
        <translation>Скрытая копия содержит</translation>
    </message>
    <message>
        <source>Body contains</source>
        <translation>Текст письма содержит</translation>
    </message>
    <message>
        <source>Headers or body contain</source>
        <translation>Заголовки или текст содержат</translation>
    </message>
    <message>
        <source>Header field contains</source>
        <translation>Поле заголовка содержит</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>Получено не раньше</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Получено до</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Получено в день</translation>
    </message>
    <message>
        <source>Sent on or after</source>
        <translation>Отправлено не раньше</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>Отправлено до</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Отправлено в день</translation>
    </message>
    <message>
        <source>Larger than</source>
        <translation>Больше чем</translation>
    </message>
    <message>
        <source>Smaller than</source>
        <translation>Меньше чем</translation>
    </message>
    <message>
        <source>Is unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>Is read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Is starred</source>
        <translation>Помечено звёздочкой</translation>
    </message>
    <message>
        <source>Is not starred</source>
        <translation>Без звёздочки</translation>
    </message>
    <message>
        <source>Is answered</source>
        <translation>Есть ответ</translation>
    </message>
    <message>
        <source>Is not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Is marked deleted</source>
        <translation>Помечено удалённым</translation>
    </message>
    <message>
        <source>Is not marked deleted</source>
        <translation>Не помечено удалённым</translation>
    </message>
    <message>
        <source>Is a draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Is not a draft</source>
        <translation>Не черновик</translation>
    </message>
    <message>
        <source>Is recent</source>
        <translation>Недавнее</translation>
    </message>
    <message>
        <source>Is new (recent and unread)</source>
        <translation>Новое (недавнее и непрочитанное)</translation>
    </message>
    <message>
        <source>Is not recent</source>
        <translation>Не недавнее</translation>
    </message>
    <message>
        <source>Has keyword</source>
        <translation>Есть ключевое слово</translation>
    </message>
    <message>
        <source>Lacks keyword</source>
        <translation>Нет ключевого слова</translation>
    </message>
    <message>
        <source>UID is in</source>
        <translation>UID входит в</translation>
    </message>
    <message>
        <source>Any message</source>
        <translation>Любое сообщение</translation>
    </message>
    <message>
        <source>not</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Find messages that do not match this condition</source>
        <translation>Найти сообщения, не подходящие под это условие</translation>
    </message>
    <message>
        <source>Negate condition</source>
        <translation>Обратить условие</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Field, e.g. X-Mailer</source>
        <translation>Поле, например X-Mailer</translation>
    </message>
    <message>
        <source>Header field name</source>
        <translation>Имя поля заголовка</translation>
    </message>
    <message>
        <source>Text (empty: the field exists)</source>
        <translation>Текст (пусто: поле есть)</translation>
    </message>
    <message>
        <source>Header field text</source>
        <translation>Текст поля заголовка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> КБ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>e.g. 1:100,205</source>
        <translation>например 1:100,205</translation>
    </message>
    <message>
        <source>UID set</source>
        <translation>Набор UID</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Удалить условие</translation>
    </message>
</context>
<context>
    <name>quire::ui::SubscriptionsDialog</name>
    <message>
        <source>Folder Subscriptions</source>
        <translation>Подписки на папки</translation>
    </message>
    <message>
        <source>Folder subscriptions</source>
        <translation>Подписки на папки</translation>
    </message>
    <message>
        <source>Subscribed folders are shown when &quot;Show Only Subscribed Folders&quot; is on.</source>
        <translation>Папки с подпиской видны, когда включено «Показывать только папки с подпиской».</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Type to filter folders</source>
        <translation>Введите текст, чтобы отфильтровать папки</translation>
    </message>
    <message>
        <source>Folder filter</source>
        <translation>Фильтр папок</translation>
    </message>
    <message>
        <source>Folders and their subscriptions</source>
        <translation>Папки и подписки на них</translation>
    </message>
    <message>
        <source>&amp;Subscribe All Shown</source>
        <translation>&amp;Подписаться на все показанные</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe All Shown</source>
        <translation>&amp;Отписаться от всех показанных</translation>
    </message>
    <message>
        <source>Subscribe to every folder shown</source>
        <translation>Подписаться на каждую показанную папку</translation>
    </message>
    <message>
        <source>Unsubscribe from every folder shown</source>
        <translation>Отписаться от каждой показанной папки</translation>
    </message>
</context>
<context>
    <name>quire::ui::ViewActions</name>
    <message>
        <source>Show as &amp;Plain Text</source>
        <translation>Показывать как &amp;простой текст</translation>
    </message>
    <message>
        <source>Load &amp;Remote Content</source>
        <translation>Загрузить &amp;внешнее содержимое</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>&amp;Исходный текст сообщения</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Wide Layout (Message Beside the List)</source>
        <translation>&amp;Широкая раскладка (сообщение справа от списка)</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Следующее непрочитанное</translation>
    </message>
    <message>
        <source>P&amp;revious Unread Message</source>
        <translation>П&amp;редыдущее непрочитанное</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Print Message</source>
        <translation>Печать сообщения</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
</context>
</TS>
