<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Auth::AccountService</name>
    <message>
        <source>The password does not meet the portal's rules: at least 12 characters, no spaces, with an upper-case letter, a lower-case letter, a digit and a symbol.</source>
        <translation>Le mot de passe ne respecte pas les règles du portail : au moins 12 caractères, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keychain.</source>
        <translation>Aucune connexion enregistrée n’a été trouvée dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>Le trousseau a refusé l’accès (%1). Déverrouillez votre trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No keychain service answered (%1). Your sign-in is kept in memory only and ends when the application closes. Start a Secret Service such as GNOME Keyring or KWallet to stay signed in.</source>
        <translation>Aucun service de trousseau n’a répondu (%1). Votre connexion est conservée en mémoire seulement et prendra fin à la fermeture de l’application. Démarrez un service Secret Service, par exemple GNOME Keyring ou KWallet, pour rester connecté.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved sign-in (%1).</source>
        <translation>Le trousseau n’a pas pu supprimer la connexion enregistrée (%1).</translation>
    </message>
</context>
<context>
    <name>Downloads::Engine</name>
    <message>
        <source>The download queue %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la file de téléchargement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another destination.</source>
        <translation>Impossible de créer le dossier %1. Choisissez une autre destination.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 MB needed, %3 MB free. The download continues by itself once space is freed.</source>
        <translation>Espace libre insuffisant dans %1 : %2 Mo nécessaires, %3 Mo libres. Le téléchargement reprendra de lui-même dès que de l’espace sera libéré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The server's answer did not match the partial file; starting the file over.</source>
        <translation>La réponse du serveur ne correspondait pas au fichier partiel ; le fichier est repris depuis le début.</translation>
    </message>
    <message>
        <source>The media server keeps refusing fresh download links (HTTP %1).</source>
        <translation>Le serveur de médias refuse toujours les nouveaux liens de téléchargement (HTTP %1).</translation>
    </message>
    <message>
        <source>The media server no longer has this file (HTTP 404). It may have been withdrawn.</source>
        <translation>Le serveur de médias n’a plus ce fichier (HTTP 404). Il a peut-être été retiré.</translation>
    </message>
    <message>
        <source>The media server refused the download: %1.</source>
        <translation>Le serveur de médias a refusé le téléchargement : %1.</translation>
    </message>
    <message>
        <source>The disk is full. Every byte downloaded so far is kept; the download continues by itself once space is freed.</source>
        <translation>Le disque est plein. Tout ce qui a déjà été téléchargé est conservé ; le téléchargement reprendra de lui-même dès que de l’espace sera libéré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries). Use Retry to try again.</source>
        <translation>
            <numerusform>%1 (abandon après %n essai). Utilisez « Réessayer » pour recommencer.</numerusform>
            <numerusform>%1 (abandon après %n essais). Utilisez « Réessayer » pour recommencer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — nouvel essai dans %n s</numerusform>
            <numerusform>%1 — nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Vérification de la somme de contrôle SHA-256…</translation>
    </message>
    <message>
        <source>The finished file does not match the portal's SHA-256 checksum (got %1…, expected %2…). The damaged copy was kept as %3.</source>
        <translation>Le fichier terminé ne correspond pas à la somme de contrôle SHA-256 du portail (obtenu %1…, attendu %2…). La copie endommagée a été conservée sous le nom %3.</translation>
    </message>
    <message>
        <source>Downloading it once more.</source>
        <translation>Il est téléchargé une nouvelle fois.</translation>
    </message>
</context>
<context>
    <name>Downloads::FileOps</name>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation>Impossible de lire %1 pour le vérifier : %2</translation>
    </message>
    <message>
        <source>The SHA-256 function is not available.</source>
        <translation>La fonction SHA-256 n’est pas disponible.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été interrompue.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>Impossible d’écrire %1 sur le disque : %2</translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1: %2</source>
        <translation>Impossible de déplacer le fichier terminé vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>Downloads::QueueStore</name>
    <message>
        <source>That download is no longer in the queue.</source>
        <translation>Ce téléchargement ne figure plus dans la file d’attente.</translation>
    </message>
</context>
<context>
    <name>Downloads::Transfer</name>
    <message>
        <source>the connection ended early</source>
        <translation>la connexion s’est interrompue prématurément</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>aucune donnée depuis %n seconde</numerusform>
            <numerusform>aucune donnée depuis %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portal::ApiError</name>
    <message>
        <source>The portal could not be reached (%1). Check your network connection and the portal address, then try again.</source>
        <translation>Impossible de joindre le portail (%1). Vérifiez votre connexion réseau et l’adresse du portail, puis réessayez.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Check your network connection and try again.</source>
        <translation>Le portail n’a pas répondu à temps. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The portal sent an answer this version cannot read (%1). Check that the portal address points at a Portal API v1 server.</source>
        <translation>Le portail a envoyé une réponse que cette version ne sait pas lire (%1). Vérifiez que l’adresse du portail désigne bien un serveur Portal API v1.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The portal did not accept the sign-in. Sign in again.</source>
        <translation>Le portail n’a pas accepté la connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The portal refused access to this item.</source>
        <translation>Le portail a refusé l’accès à cet élément.</translation>
    </message>
    <message>
        <source>The portal does not know this item. It may have been removed.</source>
        <translation>Le portail ne connaît pas cet élément. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The portal asks to slow down. Try again in a moment.</source>
        <translation>Le portail demande de ralentir. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portal had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Le portail a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation>Le portail a refusé la requête (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Portal::PortalUrl</name>
    <message>
        <source>“%1” is not a portal address. Give the full API address, for example https://portal.example.org/api/v1.</source>
        <translation>« %1 » n’est pas une adresse de portail. Indiquez l’adresse complète de l’API, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// or http://, not “%1://”.</source>
        <translation>L’adresse du portail doit commencer par https:// ou http://, et non par « %1:// ».</translation>
    </message>
    <message>
        <source>The portal address must not contain a query, a fragment or a user name: %1</source>
        <translation>L’adresse du portail ne doit contenir ni requête, ni fragment, ni nom d’utilisateur : %1</translation>
    </message>
</context>
<context>
    <name>Settings::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Multimedia Desk (format %2, this version reads up to %3). Update the application, or start it with another --data-dir.</source>
        <translation>Le fichier de réglages %1 a été écrit par une version plus récente de Multimedia Desk (format %2 ; cette version lit jusqu’au format %3). Mettez l’application à jour, ou lancez-la avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1. Check the folder's permissions and free space.</source>
        <translation>Impossible d’écrire le fichier de réglages %1. Vérifiez les droits du dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged. Move it aside to start with default settings.</source>
        <translation>Le fichier de réglages %1 est endommagé. Déplacez-le pour repartir des réglages par défaut.</translation>
    </message>
</context>
<context>
    <name>Settings::Paths</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe mais n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that its parent exists and is writable.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que le dossier parent existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>About Multimedia Desk</source>
        <translation>À propos de Multimedia Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Multimedia Desk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Multimedia Desk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the portal's news releases, preview its video, and download broadcast-quality clips into a verified local library.</source>
        <translation>Lisez les communiqués du portail, prévisualisez ses vidéos et téléchargez des séquences de qualité broadcast dans une médiathèque locale vérifiée.</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portail :</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Fichier de réglages :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Version de Qt :</translation>
    </message>
</context>
<context>
    <name>Ui::AccountForm</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <translation>Vérification de votre connexion enregistrée…</translation>
    </message>
    <message>
        <source>This account is not confirmed yet. Enter the code from the portal's e-mail, or send a new code.</source>
        <translation>Ce compte n’est pas encore confirmé. Saisissez le code reçu par e-mail du portail, ou demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été changé. Connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>Ui::CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation>Saisir le code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The 6 digits from the e-mail; it is checked as soon as all six are in</source>
        <translation>Les 6 chiffres de l’e-mail ; le code est vérifié dès que les six sont saisis</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Checks the code</source>
        <translation>Vérifie le code</translation>
    </message>
    <message>
        <source>E-mails a new code; the previous one then stops working</source>
        <translation>Envoie un nouveau code par e-mail ; le précédent cesse alors de fonctionner</translation>
    </message>
    <message>
        <source>Confirm your e-mail address to finish creating your account.</source>
        <translation>Confirmez votre adresse e-mail pour terminer la création de votre compte.</translation>
    </message>
    <message>
        <source>Confirm that this address is yours to choose a new password.</source>
        <translation>Confirmez que cette adresse est bien la vôtre pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à %1.</translation>
    </message>
    <message>
        <source>The code was sent to %1.</source>
        <translation>Le code a été envoyé à %1.</translation>
    </message>
    <message>
        <source>A code stays valid for 30 minutes after it is sent.</source>
        <translation>Un code reste valable 30 minutes après son envoi.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s)</source>
        <translation>
            <numerusform>Le code expire dans %n minute</numerusform>
            <numerusform>Le code expire dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This code has expired. Send a new code.</source>
        <translation>Ce code a expiré. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Send new code (%1)</source>
        <translation>Envoyer un nouveau code (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Send new code, possible in %n second(s)</source>
        <translation>
            <numerusform>Demander un nouveau code, possible dans %n seconde</numerusform>
            <numerusform>Demander un nouveau code, possible dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Send new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>That code is wrong. Check the latest e-mail and type it again.</source>
        <translation>Ce code est erroné. Vérifiez le dernier e-mail reçu et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This code has expired. Send a new code and enter that one.</source>
        <translation>Ce code a expiré. Demandez un nouveau code et saisissez celui-ci.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this code no longer works. Send a new code.</source>
        <translation>Trop d’essais erronés : ce code ne fonctionne plus. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Envoi d’un nouveau code…</translation>
    </message>
    <message>
        <source>We sent a new 6-digit code to %1.</source>
        <translation>Nous avons envoyé un nouveau code à 6 chiffres à %1.</translation>
    </message>
    <message>
        <source>A new code is on its way. The previous one no longer works.</source>
        <translation>Un nouveau code est en route. Le précédent ne fonctionne plus.</translation>
    </message>
    <message numerus="yes">
        <source>The portal sends one code a minute at most. You can ask for a new one in %n second(s).</source>
        <translation>
            <numerusform>Le portail envoie au plus un code par minute. Vous pourrez en demander un nouveau dans %n seconde.</numerusform>
            <numerusform>Le portail envoie au plus un code par minute. Vous pourrez en demander un nouveau dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsModel</name>
    <message>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Fichier endommagé : %1</translation>
    </message>
    <message>
        <source>Completed and verified</source>
        <translation>Terminé et vérifié</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsPage</name>
    <message>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal's SHA-256 checksum.</source>
        <translation>Les versions mises en file d’attente apparaissent ici avec leur progression, leur débit et le temps restant. La file survit aux redémarrages, et chaque fichier terminé est contrôlé avec la somme SHA-256 fournie par le portail.</translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation>File de téléchargement</translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation>Progression totale</translation>
    </message>
    <message>
        <source>All downloads are finished.</source>
        <translation>Tous les téléchargements sont terminés.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) left: %1 of %2</source>
        <translation><numerusform>%n téléchargement restant : %1 sur %2</numerusform><numerusform>%n téléchargements restants : %1 sur %2</numerusform></translation>
    </message>
    <message>
        <source>at %1, %2 left</source>
        <translation>à %1, encore %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Placer en &amp;tête</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Cancel download…</source>
        <translation>&amp;Annuler le téléchargement…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download of “%1”? The %2 downloaded so far will be deleted.</source>
        <translation>Annuler le téléchargement de « %1 » ? Les %2 déjà téléchargés seront supprimés.</translation>
    </message>
</context>
<context>
    <name>Ui::ForgotPasswordPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Enter the address of your account. The portal e-mails you a 6-digit code, and then you choose a new password.</source>
        <translation>Saisissez l’adresse de votre compte. Le portail vous envoie par e-mail un code à 6 chiffres, puis vous choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The address of the account whose password you want to change</source>
        <translation>L’adresse du compte dont vous voulez changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mails a code to this address</source>
        <translation>Envoie un code à cette adresse</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Envoi du code…</translation>
    </message>
    <message numerus="yes">
        <source>The portal sends one code a minute at most. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le portail envoie au plus un code par minute. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le portail envoie au plus un code par minute. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Multimedia Desk</source>
        <translation>Multimedia Desk</translation>
    </message>
    <message>
        <source>No portal set: start with --portal URL, or set MMDESK_PORTAL.</source>
        <translation>Aucun portail défini : lancez avec --portal URL, ou définissez MMDESK_PORTAL.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Multimedia Desk</source>
        <translation>À &amp;propos de Multimedia Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>Aucune actualité pour le moment</translation>
    </message>
    <message>
        <source>News releases, press releases, speeches, statements and transcripts from the portal appear here, newest first. Once fetched they stay readable offline, images included.</source>
        <translation>Les actualités, communiqués de presse, discours, déclarations et transcriptions du portail apparaissent ici, les plus récents en premier. Une fois récupérés, ils restent lisibles hors ligne, images comprises.</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>Aucune vidéo pour le moment</translation>
    </message>
    <message>
        <source>The portal's video catalogue appears here with thumbnails, shot lists and the technical details of every rendition, so that you can preview a clip before you download it.</source>
        <translation>Le catalogue vidéo du portail apparaît ici avec les vignettes, les découpages plan par plan et les caractéristiques techniques de chaque version, pour prévisualiser une séquence avant de la télécharger.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal's SHA-256 checksum.</source>
        <translation>Les versions mises en file d’attente apparaissent ici avec leur progression, leur débit et le temps restant. La file survit aux redémarrages, et chaque fichier terminé est contrôlé avec la somme SHA-256 fournie par le portail.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre médiathèque est vide</translation>
    </message>
    <message>
        <source>Every verified download enters your local clip library, where you can search it, add tags and notes, check that files are intact and export their metadata.</source>
        <translation>Chaque téléchargement vérifié entre dans votre médiathèque locale, où vous pouvez le rechercher, ajouter des mots-clés et des notes, contrôler l’intégrité des fichiers et exporter leurs métadonnées.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No portal set</source>
        <translation>Aucun portail défini</translation>
    </message>
    <message>
        <source>To sign in or create an account, Multimedia Desk needs the address of your portal. Start it with --portal followed by the portal's API address, or set MMDESK_PORTAL, for example https://portal.example.org/api/v1.</source>
        <translation>Pour vous connecter ou créer un compte, Multimedia Desk a besoin de l’adresse de votre portail. Lancez-le avec --portal suivi de l’adresse de l’API du portail, ou définissez MMDESK_PORTAL, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1 : connecté en tant que %2</translation>
    </message>
</context>
<context>
    <name>Ui::NewPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out once the password changes.</source>
        <translation>Une fois le mot de passe changé, tous les appareils connectés à ce compte sont déconnectés.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation>
            <numerusform>Au moins %n caractère, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole</numerusform>
            <numerusform>Au moins %n caractères, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>Le même mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Saves the new password</source>
        <translation>Enregistre le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Available once the password meets every rule and is typed twice</source>
        <translation>Disponible dès que le mot de passe respecte toutes les règles et a été saisi deux fois</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <source>This reset took too long and has expired. Ask for a new code to start again.</source>
        <translation>Cette réinitialisation a pris trop de temps et a expiré. Demandez un nouveau code pour recommencer.</translation>
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation>Le portail a refusé ce mot de passe. Il manque : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>Le mot de passe n’a pas été changé.</translation>
    </message>
</context>
<context>
    <name>Ui::PasswordChecklist</name>
    <message>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation>Aucune espace</translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation>Une lettre majuscule</translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation>Une lettre minuscule</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>Un chiffre</translation>
    </message>
    <message>
        <source>A symbol, such as ! ? # or %</source>
        <translation>Un symbole, par exemple ! ? # ou %</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Respectée : %1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Non respectée : %1</translation>
    </message>
</context>
<context>
    <name>Ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>Ui::RegisterPage</name>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Send me the portal's &amp;newsletter</source>
        <translation>Recevoir la &amp;lettre d’information du portail</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>J’ai déjà un compte</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>The portal e-mails you a 6-digit code to confirm the address.</source>
        <translation>Le portail vous envoie par e-mail un code à 6 chiffres pour confirmer l’adresse.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Your name as the portal shows it</source>
        <translation>Votre nom tel que le portail l’affiche</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The confirmation code is sent to this address</source>
        <translation>Le code de confirmation est envoyé à cette adresse</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Optional: the newsroom or company you work for</source>
        <translation>Facultatif : la rédaction ou l’entreprise pour laquelle vous travaillez</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation>
            <numerusform>Au moins %n caractère, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole</numerusform>
            <numerusform>Au moins %n caractères, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>Le même mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>Optional: news of the portal by e-mail; you can stop it at any time</source>
        <translation>Facultatif : les nouvelles du portail par e-mail ; vous pouvez vous désabonner à tout moment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the portal's e-mails to you</source>
        <translation>La langue des e-mails que le portail vous envoie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Goes back to signing in</source>
        <translation>Revient à la connexion</translation>
    </message>
    <message>
        <source>Sends a code to this address to choose a new password</source>
        <translation>Envoie un code à cette adresse pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: "fr" in French. It chooses the default language of a new account.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>a valid e-mail address</source>
        <translation>une adresse e-mail valide</translation>
    </message>
    <message>
        <source>a password that meets every rule</source>
        <translation>un mot de passe qui respecte toutes les règles</translation>
    </message>
    <message>
        <source>the same password twice</source>
        <translation>deux fois le même mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Il manque encore : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Creates the account and e-mails you a code</source>
        <translation>Crée le compte et vous envoie un code par e-mail</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>An account with this address already exists. Sign in with it, or choose a new password if you have forgotten it.</source>
        <translation>Un compte existe déjà avec cette adresse. Connectez-vous avec celle-ci, ou choisissez un nouveau mot de passe si vous l’avez oublié.</translation>
    </message>
    <message>
        <source>The portal does not accept this e-mail address.</source>
        <translation>Le portail n’accepte pas cette adresse e-mail.</translation>
    </message>
    <message>
        <source>The portal does not accept this name.</source>
        <translation>Le portail n’accepte pas ce nom.</translation>
    </message>
    <message>
        <source>The portal refused this password.</source>
        <translation>Le portail a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation>Le portail a refusé ce mot de passe. Il manque : %1.</translation>
    </message>
    <message>
        <source>The account was not created: see the notes next to the fields.</source>
        <translation>Le compte n’a pas été créé : voyez les remarques à côté des champs.</translation>
    </message>
</context>
<context>
    <name>Ui::ResetDonePage</name>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Goes back to where you were before resetting the password</source>
        <translation>Revient là où vous étiez avant de réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The password of %1 has been changed. Every device that was signed in to this account has been signed out; sign in again with the new password.</source>
        <translation>Le mot de passe de %1 a été changé. Tous les appareils connectés à ce compte ont été déconnectés ; reconnectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Sign in with your portal account to download broadcast-quality files.</source>
        <translation>Connectez-vous avec votre compte du portail pour télécharger des fichiers en qualité broadcast.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>The address of your portal account</source>
        <translation>L’adresse de votre compte du portail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of your portal account</source>
        <translation>Le mot de passe de votre compte du portail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Signs in with this e-mail address and password</source>
        <translation>Se connecte avec cette adresse e-mail et ce mot de passe</translation>
    </message>
    <message>
        <source>Opens the form to register a new portal account</source>
        <translation>Ouvre le formulaire de création d’un compte du portail</translation>
    </message>
    <message>
        <source>Sends a code to your e-mail address to choose a new password</source>
        <translation>Envoie un code à votre adresse e-mail pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>Votre connexion a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your sign-in has ended: %1 Please sign in again.</source>
        <translation>Votre connexion a pris fin : %1 Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est erroné.</translation>
    </message>
</context>
<context>
    <name>Ui::SignedInPage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Send me the portal's &amp;newsletter</source>
        <translation>Recevoir la &amp;lettre d’information du portail</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>No keychain is available, so this sign-in lasts only until Multimedia Desk closes. Start the system keychain (GNOME Keyring or KWallet) to stay signed in.</source>
        <translation>Aucun trousseau n’est disponible : cette connexion ne durera que jusqu’à la fermeture de Multimedia Desk. Démarrez le trousseau du système (GNOME Keyring ou KWallet) pour rester connecté.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>News of the portal by e-mail; the change is saved at once</source>
        <translation>Les nouvelles du portail par e-mail ; le changement est enregistré immédiatement</translation>
    </message>
    <message>
        <source>E-mails you a code to choose a new password</source>
        <translation>Vous envoie un code par e-mail pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Ends the sign-in on this computer and removes it from the keychain</source>
        <translation>Met fin à la connexion sur cet ordinateur et la retire du trousseau</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>You will receive the newsletter.</source>
        <translation>Vous recevrez la lettre d’information.</translation>
    </message>
    <message>
        <source>You will no longer receive the newsletter.</source>
        <translation>Vous ne recevrez plus la lettre d’information.</translation>
    </message>
    <message>
        <source>The newsletter choice was not saved: %1</source>
        <translation>Votre choix concernant la lettre d’information n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimedia Desk: news, video and verified downloads from a media portal.</source>
        <translation>Multimedia Desk : actualités, vidéos et téléchargements vérifiés depuis un portail média.</translation>
    </message>
    <message>
        <source>The portal's API address, e.g. https://portal.example.org/api/v1.</source>
        <translation>L’adresse de l’API du portail, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>Keep data, settings, cache and logs in this one folder.</source>
        <translation>Conserver données, réglages, cache et journaux dans ce seul dossier.</translation>
    </message>
    <message>
        <source>Interface language: en or fr (default: the system's).</source>
        <translation>Langue de l’interface : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Open on this section: news, videos, downloads, library or account.</source>
        <translation>Ouvrir sur cette rubrique : news, videos, downloads, library ou account.</translation>
    </message>
    <message>
        <source>Cannot start Multimedia Desk</source>
        <translation>Impossible de démarrer Multimedia Desk</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>Impossible de lire les réglages</translation>
    </message>
    <message>
        <source>Invalid portal address</source>
        <translation>Adresse de portail non valable</translation>
    </message>
    <message>
        <source>Unknown section</source>
        <translation>Rubrique inconnue</translation>
    </message>
    <message>
        <source>“%1” is not a section. Use news, videos, downloads, library or account.</source>
        <translation>« %1 » n’est pas une rubrique. Utilisez news, videos, downloads, library ou account.</translation>
    </message>
</context>
</TS>