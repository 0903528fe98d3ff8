<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>quire::ui::AccountDialog</name>
    <message>
        <source>The server refused the connection. Check the server name and port.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <source>The server name was not found. Check its spelling.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up. The server may not offer this security mode on this port.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden. Möglicherweise bietet der Server diese Verschlüsselungsart auf diesem Port nicht an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Success: the server answered over an encrypted connection.</source>
        <translation>Erfolg: Der Server hat über eine verschlüsselte Verbindung geantwortet.</translation>
    </message>
    <message>
        <source>Success: the server answered, but the connection is NOT encrypted.</source>
        <translation>Erfolg: Der Server hat geantwortet, aber die Verbindung ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Something answered, but it is not an IMAP server. Check the port.</source>
        <translation>Es hat etwas geantwortet, aber es ist kein IMAP-Server. Prüfen Sie den Port.</translation>
    </message>
    <message>
        <source>The server refuses connections right now: %1</source>
        <translation>Der Server nimmt zurzeit keine Verbindungen an: %1</translation>
    </message>
    <message>
        <source>The server does not allow STARTTLS. Try TLS on port 993.</source>
        <translation>Der Server erlaubt kein STARTTLS. Versuchen Sie TLS auf Port 993.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer in time. Check the security mode.</source>
        <translation>Der Server hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet. Prüfen Sie die Verschlüsselungsart.</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>z. B. Arbeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>No keyring is available: Quire will ask for the password once per session.</source>
        <translation>Kein Schlüsselbund verfügbar: Quire fragt einmal pro Sitzung nach dem Passwort.</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: a PEM file for a private certificate authority</source>
        <translation>Optional: eine PEM-Datei einer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, your password and all your mail travel over the network in plain text, where anyone on the way can read them. Use this only for a server on your own computer or a network you fully control.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Ohne Verschlüsselung werden Ihr Passwort und alle Ihre E-Mails im Klartext über das Netz übertragen, wo jeder auf dem Weg sie mitlesen kann. Verwenden Sie dies nur für einen Server auf Ihrem eigenen Rechner oder in einem Netz, das Sie vollständig kontrollieren.</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Warnung vor unverschlüsselter Verbindung</translation>
    </message>
    <message>
        <source>I understand, connect &amp;without encryption</source>
        <translation>Ich verstehe, &amp;ohne Verschlüsselung verbinden</translation>
    </message>
    <message>
        <source>Confirm unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose a CA Certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
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
        <translation>OAuth2 (anderer Anbieter)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>An&amp;meldeverfahren:</translation>
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
%2@%3:%4, unverschlüsselt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its settings and saved password are deleted; the mail on the server is not touched.</source>
        <translation>Das Konto „%1“ entfernen? Seine Einstellungen und das gespeicherte Passwort werden gelöscht; die E-Mails auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
</context>
<context>
    <name>quire::ui::ActivityIndicator</name>
    <message>
        <source>Downloading %1 for offline use</source>
        <extracomment>Make Available Offline is running; %1 is the folder whose messages are downloaded</extracomment>
        <translation>Lade %1 für die Offline-Nutzung herunter</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server</source>
        <translation>
            <numerusform>Sende %n Änderung an den Server</numerusform>
            <numerusform>Sende %n Änderungen an den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronizing %1</source>
        <translation>Synchronisiere %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Several accounts: the account&apos;s name, then what runs for it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Den Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Stop this operation; changes not sent yet are kept for later</source>
        <extracomment>Changes not sent yet are kept and sent later</extracomment>
        <translation>Diesen Vorgang anhalten; noch nicht gesendete Änderungen bleiben für später erhalten</translation>
    </message>
</context>
<context>
    <name>quire::ui::AdvancedSearchDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Advanced Search</source>
        <translation>Erweiterte Suche</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>Erweiterte Suche</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>all of the conditions</source>
        <translation>allen Bedingungen</translation>
    </message>
    <message>
        <source>any of the conditions</source>
        <translation>einer der Bedingungen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>Über&amp;einstimmung:</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n message(s) found so far.</source>
        <translation>
            <numerusform>Angehalten. Bisher %n Nachricht gefunden.</numerusform>
            <numerusform>Angehalten. Bisher %n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>Nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>No folder is open</source>
        <translation>Kein Ordner geöffnet</translation>
    </message>
    <message>
        <source>This folder (%1)</source>
        <translation>Dieser Ordner (%1)</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>There is no folder to search.</source>
        <translation>Es gibt keinen Ordner zum Durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n folder(s) on the server…</source>
        <translation>
            <numerusform>%n Ordner wird auf dem Server durchsucht…</numerusform>
            <numerusform>%n Ordner werden auf dem Server durchsucht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: searching %n folder(s) in the local cache…</source>
        <translation>
            <numerusform>Offline: %n Ordner wird im lokalen Zwischenspeicher durchsucht…</numerusform>
            <numerusform>Offline: %n Ordner werden im lokalen Zwischenspeicher durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>(message %1, not downloaded yet)</source>
        <translation>(Nachricht %1, noch nicht heruntergeladen)</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>A condition has no text to look for (keywords are single words without spaces).</source>
        <translation>Eine Bedingung enthält keinen Suchtext (Schlüsselwörter sind einzelne Wörter ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>A header condition needs a field name such as X-Mailer, without spaces or a colon.</source>
        <translation>Eine Kopfzeilen-Bedingung braucht einen Feldnamen wie X-Mailer, ohne Leerzeichen oder Doppelpunkt.</translation>
    </message>
    <message>
        <source>A date is not valid.</source>
        <translation>Ein Datum ist ungültig.</translation>
    </message>
    <message>
        <source>A UID set is not valid: use numbers and ranges such as 1:100,205.</source>
        <translation>Eine UID-Menge ist ungültig: Verwenden Sie Zahlen und Bereiche wie 1:100,205.</translation>
    </message>
</context>
<context>
    <name>quire::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Alle speichern…</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s):</source>
        <translation>
            <numerusform>%n Anhang:</numerusform>
            <numerusform>%n Anhänge:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>No application is set up to open &quot;%1&quot;.</source>
        <translation>Es ist keine Anwendung zum Öffnen von „%1“ eingerichtet.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
</context>
<context>
    <name>quire::ui::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <extracomment>A certificate&apos;s validity date that the certificate does not give</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Warning: Certificate Changed</source>
        <translation>Warnung: Zertifikat geändert</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style=&quot;color:#c00000; font-size:large&quot;&gt;The certificate of %1 has changed.&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;span style=&quot;color:#c00000; font-size:large&quot;&gt;Das Zertifikat von %1 hat sich geändert.&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You told Quire to trust a different certificate for this server. This may be an attack: someone may be intercepting the connection to read your password and your mail. Unless your provider told you that its certificate changed, choose Cancel.</source>
        <translation>Sie haben Quire angewiesen, einem anderen Zertifikat für diesen Server zu vertrauen. Das kann ein Angriff sein: Jemand könnte die Verbindung abfangen, um Ihr Passwort und Ihre E-Mails mitzulesen. Wählen Sie „Abbrechen“, sofern Ihr Anbieter Ihnen nicht mitgeteilt hat, dass sich sein Zertifikat geändert hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quire cannot verify the identity of %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quire kann die Identität von %1 nicht überprüfen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The server presented a certificate that is not signed by an authority this system trusts, or that is not valid for this server name or date. Trust it only if you know that it is the right one, for example by comparing the fingerprint with the one your provider publishes.</source>
        <translation>Der Server hat ein Zertifikat vorgelegt, das nicht von einer Stelle signiert ist, der dieses System vertraut, oder das für diesen Servernamen oder dieses Datum nicht gültig ist. Vertrauen Sie ihm nur, wenn Sie sicher wissen, dass es das richtige ist, etwa indem Sie den Fingerabdruck mit dem von Ihrem Anbieter veröffentlichten vergleichen.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>Bisher vertraut (SHA-256):</translation>
    </message>
    <message>
        <source>Previously trusted SHA-256 fingerprint</source>
        <translation>Bisher vertrauter SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Jetzt vorgelegt (SHA-256):</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Vorgelegter SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Trust the &amp;New Certificate</source>
        <translation>Dem &amp;neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>&amp;Immer vertrauen</translation>
    </message>
    <message>
        <source>Connect this time without remembering the certificate</source>
        <translation>Dieses Mal verbinden, ohne das Zertifikat zu speichern</translation>
    </message>
    <message>
        <source>Remember this certificate for the account</source>
        <translation>Dieses Zertifikat für das Konto speichern</translation>
    </message>
</context>
<context>
    <name>quire::ui::EngineRequestWatch</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The folder could not be opened on the server.</source>
        <translation>Der Ordner konnte auf dem Server nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Opening the folder on the server was cancelled.</source>
        <translation>Das Öffnen des Ordners auf dem Server wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderActions</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner …</translation>
    </message>
    <message>
        <source>Create a folder inside the selected one</source>
        <translation>Einen Ordner im ausgewählten Ordner anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Rename the selected folder</source>
        <translation>Den ausgewählten Ordner umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected folder and its messages from the server</source>
        <translation>Den ausgewählten Ordner und seine Nachrichten vom Server löschen</translation>
    </message>
    <message>
        <source>&amp;Subscriptions…</source>
        <translation>&amp;Abonnements …</translation>
    </message>
    <message>
        <source>Choose which folders this account subscribes to</source>
        <translation>Wählen Sie, welche Ordner dieses Konto abonniert</translation>
    </message>
    <message>
        <source>Show &amp;Only Subscribed Folders</source>
        <translation>&amp;Nur abonnierte Ordner anzeigen</translation>
    </message>
    <message>
        <source>Folder actions</source>
        <translation>Ordneraktionen</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;%1&quot;: the server uses it to separate folders.</source>
        <translation>Ein Ordnername darf „%1“ nicht enthalten: Der Server trennt damit Ordner.</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; here.</source>
        <translation>Hier gibt es bereits einen Ordner „%1“.</translation>
    </message>
    <message>
        <source>Creating the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ wird angelegt.</translation>
    </message>
    <message>
        <source>Renaming the folder &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Der Ordner „%1“ wird in „%2“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? Its subfolders may be deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ und seine %n Nachricht vom Server löschen? Seine Unterordner werden eventuell mitgelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Ordner „%1“ und seine %n Nachrichten vom Server löschen? Seine Unterordner werden eventuell mitgelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ und seine %n Nachricht vom Server löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Ordner „%1“ und seine %n Nachrichten vom Server löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ wird gelöscht.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Name of the new folder inside &quot;%1&quot;:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>Ordner &amp;löschen</translation>
    </message>
    <message>
        <source>Confirm deleting a folder</source>
        <translation>Löschen eines Ordners bestätigen</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderPane</name>
    <message>
        <source>Inbox</source>
        <comment>special folder</comment>
        <extracomment>The special folder where new mail arrives</extracomment>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Drafts</source>
        <comment>special folder</comment>
        <extracomment>The special folder for unfinished messages</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>special folder</comment>
        <extracomment>The special folder for sent messages</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>special folder</comment>
        <extracomment>The special folder for deleted messages (Trash)</extracomment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Junk</source>
        <comment>special folder</comment>
        <extracomment>The special folder for spam (Junk)</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>special folder</comment>
        <extracomment>The special folder for archived messages (Archive), a noun</extracomment>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>All Mail</source>
        <comment>special folder</comment>
        <extracomment>The special folder that shows all messages (All)</extracomment>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Flagged</source>
        <comment>special folder</comment>
        <extracomment>The special folder that shows the flagged (starred) messages (Flagged)</extracomment>
        <translation>Markiert</translation>
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
            <numerusform>%Ln Nachricht, %L1 ungelesen</numerusform>
            <numerusform>%Ln Nachrichten, %L1 ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderPickerDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Type to filter folders</source>
        <translation>Tippen Sie, um Ordner zu filtern</translation>
    </message>
    <message>
        <source>Folder filter</source>
        <translation>Ordnerfilter</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>quire::ui::MainWindow</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The cache of %1 was written by a newer version of Quire.</source>
        <translation>Der Cache von %1 wurde von einer neueren Version von Quire geschrieben.</translation>
    </message>
    <message>
        <source>The cache of %1 could not be upgraded to this version of Quire.</source>
        <translation>Der Cache von %1 konnte nicht für diese Version von Quire aktualisiert werden.</translation>
    </message>
    <message>
        <source>The cache of %1 could not be opened.</source>
        <translation>Der Cache von %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Offline: the change will be sent when Quire is online again.</source>
        <translation>Offline: Die Änderung wird gesendet, sobald Quire wieder online ist.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent a response Quire does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die Quire nicht versteht.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Der lokale Cache konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (folder %2)</source>
        <extracomment>%1 is one of the error sentences, %2 the folder it happened in</extracomment>
        <translation>%1 (Ordner %2)</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 is one of the error sentences, %2 the server&apos;s reply in its own language</extracomment>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>No account is configured.</source>
        <translation>Es ist kein Konto eingerichtet.</translation>
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
        <translation>Nachricht vom Server</translation>
    </message>
    <message>
        <source>The server of %1 says:

%2</source>
        <translation>Der Server von %1 meldet:

%2</translation>
    </message>
    <message>
        <source>Server alert</source>
        <translation>Serverwarnung</translation>
    </message>
    <message>
        <source>Welcome to Quire: Set Up Your Account</source>
        <translation>Willkommen bei Quire: Richten Sie Ihr Konto ein</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The cache of %1 is damaged.</source>
        <translation>Der Cache von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in Folder</source>
        <translation>In Ordner &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Advanced Search…</source>
        <translation>&amp;Erweiterte Suche…</translation>
    </message>
    <message>
        <source>%1: please sign in again (File › Accounts…, Edit, Sign In).</source>
        <extracomment>An OAuth2 account whose tokens were refused or revoked; %1 is the account name</extracomment>
        <translation>%1: Bitte melden Sie sich erneut an (Datei › Konten…, Bearbeiten, Anmelden).</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message tools</source>
        <translation>Nachrichten-Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <extracomment>The language menu&apos;s first entry: the language the system is set to</extracomment>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Pseudo-Locale (for Translators)</source>
        <extracomment>The language menu&apos;s last entry: every text accented, widened and in brackets</extracomment>
        <translation>&amp;Pseudo-Sprache (für Übersetzer)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Protocol Log</source>
        <translation>&amp;Protokoll-Log</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageActions</name>
    <message>
        <source>Mark as &amp;Read</source>
        <extracomment>Menu command (a verb): set Seen on the selected messages</extracomment>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Stern setzen oder entfernen</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <comment>verb</comment>
        <extracomment>Menu command: mark the selected messages as spam</extracomment>
        <translation>Als &amp;Spam markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Not Junk</source>
        <translation>Als &amp;kein Spam markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xpunge Deleted Messages</source>
        <translation>Gelöschte Nachrichten &amp;endgültig entfernen</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach …</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>&amp;Kopieren nach …</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Mark the selected messages as read</source>
        <translation>Die ausgewählten Nachrichten als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages as unread</source>
        <translation>Die ausgewählten Nachrichten als ungelesen markieren</translation>
    </message>
    <message>
        <source>Star or unstar the selected messages</source>
        <translation>Bei den ausgewählten Nachrichten einen Stern setzen oder entfernen</translation>
    </message>
    <message>
        <source>Mark the selected messages as junk</source>
        <translation>Die ausgewählten Nachrichten als Spam markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages as not junk</source>
        <translation>Die ausgewählten Nachrichten als kein Spam markieren</translation>
    </message>
    <message>
        <source>Remove the messages marked as deleted from this folder for good</source>
        <translation>Die als gelöscht markierten Nachrichten endgültig aus diesem Ordner entfernen</translation>
    </message>
    <message>
        <source>Move the selected messages to another folder</source>
        <translation>Die ausgewählten Nachrichten in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <source>Copy the selected messages to another folder</source>
        <translation>Die ausgewählten Nachrichten in einen anderen Ordner kopieren</translation>
    </message>
    <message>
        <source>Save the selected messages as .eml files</source>
        <translation>Die ausgewählten Nachrichten als .eml-Dateien speichern</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>Read-only folder</source>
        <translation>Schreibgeschützter Ordner</translation>
    </message>
    <message>
        <source>This folder is read-only</source>
        <translation>Dieser Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The server opened this folder read-only: messages cannot be changed, moved or deleted.</source>
        <translation>Der Server hat diesen Ordner schreibgeschützt geöffnet: Nachrichten können nicht geändert, verschoben oder gelöscht werden.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Mark the selected messages as deleted (Expunge removes them)</source>
        <translation>Die ausgewählten Nachrichten als gelöscht markieren (endgültiges Entfernen löscht sie)</translation>
    </message>
    <message>
        <source>Move the selected messages to %1</source>
        <translation>Die ausgewählten Nachrichten nach %1 verschieben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo Flag Change</source>
        <translation>Markierung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>Verschieben &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n message(s) as junk.</source>
        <translation>
            <numerusform>%n Nachricht als Spam markiert.</numerusform>
            <numerusform>%n Nachrichten als Spam markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not allow changing this flag in this folder.</source>
        <translation>Der Server erlaubt nicht, diese Markierung in diesem Ordner zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n message(s) as deleted; Expunge removes them.</source>
        <translation>
            <numerusform>%n Nachricht als gelöscht markiert; endgültiges Entfernen löscht sie.</numerusform>
            <numerusform>%n Nachrichten als gelöscht markiert; endgültiges Entfernen löscht sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the messages marked as deleted from %1.</source>
        <translation>Die als gelöscht markierten Nachrichten werden aus %1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 verschoben.</numerusform>
            <numerusform>%n Nachrichten nach %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 kopiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <source>Copy to Folder</source>
        <translation>In Ordner kopieren</translation>
    </message>
    <message>
        <source>Undid the flag change.</source>
        <translation>Die Markierung wurde rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n message(s) back to %1.</source>
        <translation>
            <numerusform>%n Nachricht wird nach %1 zurückverschoben.</numerusform>
            <numerusform>%n Nachrichten werden nach %1 zurückverschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Save Messages to Folder</source>
        <translation>Nachrichten in Verzeichnis speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>Message %1 is not available offline.</source>
        <translation>Nachricht %1 ist offline nicht verfügbar.</translation>
    </message>
    <message>
        <source>Message %1 could not be read from the server.</source>
        <translation>Nachricht %1 konnte nicht vom Server gelesen werden.</translation>
    </message>
    <message>
        <source>Undo Copy (not available on this server)</source>
        <translation>Kopieren rückgängig machen (auf diesem Server nicht möglich)</translation>
    </message>
    <message>
        <source>&amp;Undo Copy</source>
        <translation>Kopieren &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The server did not say which messages are the copies (no UIDPLUS), so this copy cannot be undone.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Nachrichten die Kopien sind (kein UIDPLUS), daher kann dieses Kopieren nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Removing the %n copied message(s) from %1.</source>
        <translation>
            <numerusform>%n kopierte Nachricht wird aus %1 entfernt.</numerusform>
            <numerusform>%n kopierte Nachrichten werden aus %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageListPane</name>
    <message>
        <source>Starred</source>
        <extracomment>Tooltip of the star column of the message list</extracomment>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>column</comment>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <comment>column</comment>
        <extracomment>Column title: the sender of a message</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>column</comment>
        <translation>Größe</translation>
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
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Read or unread: click a row&apos;s dot to change it</source>
        <extracomment>Tooltip of the read/unread column of the message list</extracomment>
        <translation>Gelesen oder ungelesen: Klicken Sie auf den Punkt einer Zeile, um es zu ändern</translation>
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
        <translation>der Server hat die Suche abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n Nachricht auf dem Server gefunden.</numerusform>
            <numerusform>%n Nachrichten auf dem Server gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n message(s) found in the local cache (only downloaded messages are searched).</source>
        <translation>
            <numerusform>Offline: %n Nachricht im lokalen Zwischenspeicher gefunden (nur heruntergeladene Nachrichten werden durchsucht).</numerusform>
            <numerusform>Offline: %n Nachrichten im lokalen Zwischenspeicher gefunden (nur heruntergeladene Nachrichten werden durchsucht).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot search non-English text; results may be incomplete.</source>
        <translation>Der Server kann nicht-englischen Text nicht durchsuchen; die Ergebnisse sind womöglich unvollständig.</translation>
    </message>
    <message>
        <source>Not searched: %1</source>
        <translation>Nicht durchsucht: %1</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageSourceDialog</name>
    <message>
        <source>Message Source</source>
        <translation>Nachrichtenquelltext</translation>
    </message>
    <message>
        <source>Message Source: %1</source>
        <translation>Nachrichtenquelltext: %1</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Nachrichtenquelltext</translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageViewPane</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie (CC):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Blocked remote content</source>
        <translation>Blockierte externe Inhalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Die Nachricht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Load Once</source>
        <translation>Einmal laden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Load remote content once</source>
        <translation>Externe Inhalte einmal laden</translation>
    </message>
    <message>
        <source>Always load remote content from this sender</source>
        <translation>Externe Inhalte von diesem Absender immer laden</translation>
    </message>
    <message>
        <source>Retry loading the message</source>
        <translation>Laden der Nachricht wiederholen</translation>
    </message>
    <message>
        <source>The message could not be loaded: %1</source>
        <translation>Die Nachricht konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n externes Bild wurde zum Schutz Ihrer Privatsphäre blockiert.</numerusform>
            <numerusform>%n externe Bilder wurden zum Schutz Ihrer Privatsphäre blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Immer für %1</translation>
    </message>
</context>
<context>
    <name>quire::ui::NewMailNotifier</name>
    <message>
        <source>New mail</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <source>New mail has arrived in the inbox of %1.</source>
        <extracomment>The tray message; %1 is the account&apos;s name</extracomment>
        <translation>Im Posteingang von %1 ist neue E-Mail eingetroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in the inbox of %1.</source>
        <translation>
            <numerusform>%n neue Nachricht im Posteingang von %1.</numerusform>
            <numerusform>%n neue Nachrichten im Posteingang von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quire: %n unread message(s) in the inbox</source>
        <extracomment>The tray icon&apos;s tooltip</extracomment>
        <translation>
            <numerusform>Quire: %n ungelesene Nachricht im Posteingang</numerusform>
            <numerusform>Quire: %n ungelesene Nachrichten im Posteingang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::OAuthSignInPanel</name>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation>https://login.example.com/authorize</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation>https://login.example.com/token</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich (Scope)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The ID of your app registration with the provider</source>
        <translation>Die ID Ihrer App-Registrierung beim Anbieter</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Only if the provider gave one (Google does)</source>
        <translation>Nur wenn der Anbieter eines vergeben hat (Google tut es)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Noch nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Leave empty to use Quire&apos;s registration</source>
        <translation>Leer lassen, um die Registrierung von Quire zu verwenden</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
    <message>
        <source>This provider needs a client ID: register Quire with it and enter the ID here. docs/OAUTH2.md explains how.</source>
        <translation>Dieser Anbieter braucht eine Client-ID: Registrieren Sie Quire dort und geben Sie die ID hier ein. docs/OAUTH2.md erklärt, wie.</translation>
    </message>
    <message>
        <source>The authorization URL must be an https:// address.</source>
        <translation>Die Autorisierungs-URL muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The token URL must be an https:// address.</source>
        <translation>Die Token-URL muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Quire could not open a local port to receive the answer from your browser.</source>
        <translation>Quire konnte keinen lokalen Port öffnen, um die Antwort Ihres Browsers zu empfangen.</translation>
    </message>
    <message>
        <source>The provider did not give Quire access to this account (%1).</source>
        <translation>Der Anbieter hat Quire keinen Zugriff auf dieses Konto gewährt (%1).</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider no longer accepts Quire&apos;s sign-in for this account. Please sign in again.</source>
        <translation>Der Anbieter akzeptiert die Anmeldung von Quire für dieses Konto nicht mehr. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider refused to issue a token: %1. Check the client ID and secret.</source>
        <translation>Der Anbieter hat kein Token ausgestellt: %1. Prüfen Sie Client-ID und Client-Geheimnis.</translation>
    </message>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>Der Anbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Anbieters war unverständlich.</translation>
    </message>
    <message>
        <source>The system keyring could not be used: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body&gt;&lt;h2&gt;Quire is signed in.&lt;/h2&gt;&lt;p&gt;You can close this window and return to Quire.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body&gt;&lt;h2&gt;Quire ist angemeldet.&lt;/h2&gt;&lt;p&gt;Sie können dieses Fenster schließen und zu Quire zurückkehren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Opening the provider&apos;s sign-in page in your browser…</source>
        <translation>Die Anmeldeseite des Anbieters wird im Browser geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>Warten, bis Sie sich im Browser anmelden und den Zugriff erlauben…</translation>
    </message>
    <message>
        <source>Access granted; getting the tokens…</source>
        <translation>Zugriff erlaubt; die Tokens werden abgerufen…</translation>
    </message>
    <message>
        <source>Signed in. Quire keeps the tokens in the system keyring when you press OK.</source>
        <translation>Angemeldet. Quire legt die Tokens beim Klick auf „OK“ im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>Au&amp;torisierungs-URL:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>T&amp;oken-URL:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Berei&amp;ch:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Sign &amp;In with the Provider…</source>
        <translation>Beim Anbieter &amp;anmelden…</translation>
    </message>
    <message>
        <source>Cancel Si&amp;gn-In</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>quire::ui::OfflineActions</name>
    <message>
        <source>Make Available &amp;Offline</source>
        <translation>&amp;Offline verfügbar machen</translation>
    </message>
    <message>
        <source>Download the messages of the selected folder, to read them without a connection</source>
        <translation>Die Nachrichten des gewählten Ordners herunterladen, um sie ohne Verbindung zu lesen</translation>
    </message>
    <message>
        <source>&amp;Messages Without Attachments</source>
        <translation>&amp;Nachrichten ohne Anhänge</translation>
    </message>
    <message>
        <source>Messages &amp;Including Attachments</source>
        <translation>Nachrichten &amp;mit Anhängen</translation>
    </message>
</context>
<context>
    <name>quire::ui::PasswordPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password for %1 on %2.</source>
        <translation>Geben Sie das Passwort für %1 auf %2 ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server did not accept the password.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Server hat das Passwort nicht akzeptiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>No keyring is available: the password is kept until Quire quits.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wird bis zum Beenden von Quire behalten.</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>quire::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>&amp;Show messages as:</source>
        <translation>Nachrichten an&amp;zeigen als:</translation>
    </message>
    <message>
        <source>HTML (formatted)</source>
        <extracomment>How a message with both an HTML and a plain text version is shown</extracomment>
        <translation>HTML (formatiert)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>&amp;Remote content:</source>
        <translation>&amp;Externe Inhalte:</translation>
    </message>
    <message>
        <source>Block and ask with a bar</source>
        <extracomment>Remote content: images and styles a message loads from the internet</extracomment>
        <translation>Blockieren und mit einer Leiste fragen</translation>
    </message>
    <message>
        <source>Always block, never ask</source>
        <translation>Immer blockieren, nie fragen</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <source>Se&amp;nders whose remote
content always loads:</source>
        <translation>Abse&amp;nder, deren externe
Inhalte immer laden:</translation>
    </message>
    <message>
        <source>Senders whose remote content always loads</source>
        <translation>Absender, deren externe Inhalte immer laden</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget A&amp;ll</source>
        <translation>A&amp;lle vergessen</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Check for new mail every:</source>
        <translation>Auf neue E-Mails &amp;prüfen alle:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>A spin box suffix: &quot;Check for new mail every 5 min&quot;</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Offline cache limit:</source>
        <translation>&amp;Grenze des Offline-Zwischenspeichers:</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>A spin box suffix: the offline cache&apos;s size in mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The offline cache limit set to 0</extracomment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Message bodies and attachments kept for offline reading. When the cache grows beyond the limit, the least recently read ones are removed; folders and message lists are always kept.</source>
        <translation>Nachrichtentexte und Anhänge, die zum Offline-Lesen gespeichert sind. Wächst der Zwischenspeicher über die Grenze, werden die am längsten nicht gelesenen entfernt; Ordner und Nachrichtenlisten bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Show a &amp;notification when new mail arrives</source>
        <translation>Bei neuer E-Mail eine &amp;Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Quire cannot show notifications.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt der Kontrollleiste, daher kann Quire keine Benachrichtigungen anzeigen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System Default</source>
        <extracomment>The language list&apos;s first entry: the language the system is set to</extracomment>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Pseudo-Locale (for Translators)</source>
        <translation>Pseudo-Gebietsschema (für Übersetzer)</translation>
    </message>
    <message>
        <source>Changes take effect at once, without reconnecting.</source>
        <translation>Änderungen gelten sofort, ohne neue Verbindung.</translation>
    </message>
</context>
<context>
    <name>quire::ui::ProblemsDock</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>The status bar button that opens the Problems list</extracomment>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column headers of the Problems list</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Einzelheiten des Problems</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Show the problems of the background work</source>
        <translation>Die Probleme der Hintergrundarbeit anzeigen</translation>
    </message>
</context>
<context>
    <name>quire::ui::ProtocolLogWindow</name>
    <message>
        <source>%1 (background)</source>
        <extracomment>The protocol log&apos;s name for an account&apos;s second connection; %1 is the account</extracomment>
        <translation>%1 (Hintergrund)</translation>
    </message>
    <message>
        <source>Could not save the protocol log to %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Das Protokoll-Log konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Protocol Log</source>
        <translation>Protokoll-Log speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Log-Dateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Protocol Log</source>
        <translation>Protokoll-Log</translation>
    </message>
    <message>
        <source>IMAP traffic, passwords removed</source>
        <translation>IMAP-Verkehr, ohne Passwörter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>quire::ui::SearchBar</name>
    <message>
        <source>Search this folder (Ctrl+F)</source>
        <translation>Diesen Ordner durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Advanced…</source>
        <translation>Erweitert…</translation>
    </message>
    <message>
        <source>Search with several conditions, in one folder or all (Ctrl+Shift+F)</source>
        <translation>Suche mit mehreren Bedingungen, in einem oder allen Ordnern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>Erweiterte Suche</translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Suche auf dem Server…</translation>
    </message>
    <message>
        <source>Offline: searching the local cache…</source>
        <translation>Offline: Suche im lokalen Zwischenspeicher…</translation>
    </message>
</context>
<context>
    <name>quire::ui::SearchCriterionRow</name>
    <message>
        <source>Subject contains</source>
        <translation>Betreff enthält</translation>
    </message>
    <message>
        <source>From contains</source>
        <translation>Von enthält</translation>
    </message>
    <message>
        <source>To contains</source>
        <translation>An enthält</translation>
    </message>
    <message>
        <source>Cc contains</source>
        <translation>Kopie enthält</translation>
    </message>
    <message>
        <source>Bcc contains</source>
        <translation>Blindkopie enthält</translation>
    </message>
    <message>
        <source>Body contains</source>
        <translation>Nachrichtentext enthält</translation>
    </message>
    <message>
        <source>Headers or body contain</source>
        <translation>Kopfzeilen oder Text enthalten</translation>
    </message>
    <message>
        <source>Header field contains</source>
        <translation>Kopfzeilenfeld enthält</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>Empfangen am oder nach</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Empfangen vor</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Empfangen am</translation>
    </message>
    <message>
        <source>Sent on or after</source>
        <translation>Gesendet am oder nach</translation>
    </message>
    <message>
        <source>Sent before</source>
        <translation>Gesendet vor</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Larger than</source>
        <translation>Größer als</translation>
    </message>
    <message>
        <source>Smaller than</source>
        <translation>Kleiner als</translation>
    </message>
    <message>
        <source>Is unread</source>
        <translation>Ist ungelesen</translation>
    </message>
    <message>
        <source>Is read</source>
        <translation>Ist gelesen</translation>
    </message>
    <message>
        <source>Is starred</source>
        <translation>Ist markiert</translation>
    </message>
    <message>
        <source>Is not starred</source>
        <translation>Ist nicht markiert</translation>
    </message>
    <message>
        <source>Is answered</source>
        <translation>Ist beantwortet</translation>
    </message>
    <message>
        <source>Is not answered</source>
        <translation>Ist nicht beantwortet</translation>
    </message>
    <message>
        <source>Is marked deleted</source>
        <translation>Ist als gelöscht markiert</translation>
    </message>
    <message>
        <source>Is not marked deleted</source>
        <translation>Ist nicht als gelöscht markiert</translation>
    </message>
    <message>
        <source>Is a draft</source>
        <translation>Ist ein Entwurf</translation>
    </message>
    <message>
        <source>Is not a draft</source>
        <translation>Ist kein Entwurf</translation>
    </message>
    <message>
        <source>Is recent</source>
        <translation>Ist neu eingetroffen</translation>
    </message>
    <message>
        <source>Is new (recent and unread)</source>
        <translation>Ist neu (neu eingetroffen und ungelesen)</translation>
    </message>
    <message>
        <source>Is not recent</source>
        <translation>Ist nicht neu eingetroffen</translation>
    </message>
    <message>
        <source>Has keyword</source>
        <translation>Hat Schlüsselwort</translation>
    </message>
    <message>
        <source>Lacks keyword</source>
        <translation>Ohne Schlüsselwort</translation>
    </message>
    <message>
        <source>UID is in</source>
        <translation>UID ist in</translation>
    </message>
    <message>
        <source>Any message</source>
        <translation>Jede Nachricht</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Find messages that do not match this condition</source>
        <translation>Nachrichten finden, die diese Bedingung nicht erfüllen</translation>
    </message>
    <message>
        <source>Negate condition</source>
        <translation>Bedingung umkehren</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Field, e.g. X-Mailer</source>
        <translation>Feld, z. B. X-Mailer</translation>
    </message>
    <message>
        <source>Header field name</source>
        <translation>Name des Kopfzeilenfelds</translation>
    </message>
    <message>
        <source>Text (empty: the field exists)</source>
        <translation>Text (leer: das Feld ist vorhanden)</translation>
    </message>
    <message>
        <source>Header field text</source>
        <translation>Text des Kopfzeilenfelds</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>e.g. 1:100,205</source>
        <translation>z. B. 1:100,205</translation>
    </message>
    <message>
        <source>UID set</source>
        <translation>UID-Menge</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>quire::ui::SubscriptionsDialog</name>
    <message>
        <source>Folder Subscriptions</source>
        <translation>Ordnerabonnements</translation>
    </message>
    <message>
        <source>Folder subscriptions</source>
        <translation>Ordnerabonnements</translation>
    </message>
    <message>
        <source>Subscribed folders are shown when &quot;Show Only Subscribed Folders&quot; is on.</source>
        <translation>Abonnierte Ordner werden angezeigt, wenn „Nur abonnierte Ordner anzeigen“ eingeschaltet ist.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type to filter folders</source>
        <translation>Tippen Sie, um Ordner zu filtern</translation>
    </message>
    <message>
        <source>Folder filter</source>
        <translation>Ordnerfilter</translation>
    </message>
    <message>
        <source>Folders and their subscriptions</source>
        <translation>Ordner und ihre Abonnements</translation>
    </message>
    <message>
        <source>&amp;Subscribe All Shown</source>
        <translation>Alle angezeigten &amp;abonnieren</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe All Shown</source>
        <translation>Alle angezeigten ab&amp;bestellen</translation>
    </message>
    <message>
        <source>Subscribe to every folder shown</source>
        <translation>Jeden angezeigten Ordner abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe from every folder shown</source>
        <translation>Jeden angezeigten Ordner abbestellen</translation>
    </message>
</context>
<context>
    <name>quire::ui::ViewActions</name>
    <message>
        <source>Show as &amp;Plain Text</source>
        <translation>Als &amp;reinen Text anzeigen</translation>
    </message>
    <message>
        <source>Load &amp;Remote Content</source>
        <translation>&amp;Externe Inhalte laden</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>Nachrichten&amp;quelltext</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Wide Layout (Message Beside the List)</source>
        <translation>&amp;Breite Ansicht (Nachricht neben der Liste)</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Nächste ungelesene Nachricht</translation>
    </message>
    <message>
        <source>P&amp;revious Unread Message</source>
        <translation>&amp;Vorherige ungelesene Nachricht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Print Message</source>
        <translation>Nachricht drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
</TS>
