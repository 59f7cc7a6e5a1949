<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Auth::AccountService</name>
    <message>
        <source>The password does not meet the portal&apos;s rules: at least 12 characters, no spaces, with an upper-case letter, a lower-case letter, a digit and a symbol.</source>
        <translation>Le mot de passe ne respecte pas les règles du portail&#xa0;: au moins 12 caractères, sans espace, avec une majuscule, une minuscule, un chiffre et un symbole.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse e-mail.</translation>
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
    <name>Catalogue::CatalogueCache</name>
    <message>
        <source>The video catalogue kept on this computer (%1) cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le catalogue vidéo conservé sur cet ordinateur (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Catalogue::CatalogueStore</name>
    <message>
        <source>The copy of video %1 kept on this computer is damaged.</source>
        <translation>La copie de la vidéo %1 conservée sur cet ordinateur est endommagée.</translation>
    </message>
    <message>
        <source>The video “%1” could not be kept for offline use.</source>
        <translation>Impossible de conserver la vidéo «&#x202f;%1&#x202f;» pour une utilisation hors ligne.</translation>
    </message>
</context>
<context>
    <name>Catalogue::CatalogueSync</name>
    <message>
        <source>The catalogue could not be kept for offline use: %1</source>
        <translation>Impossible de conserver le catalogue pour une utilisation hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s list of changes did not come to an end. The videos received so far are kept; the next update goes on from there.</source>
        <translation>La liste des modifications envoyée par le portail ne s’est pas terminée. Les vidéos déjà reçues sont conservées&#x202f;; la prochaine mise à jour reprendra à partir de là.</translation>
    </message>
</context>
<context>
    <name>Catalogue::ThumbnailCache</name>
    <message>
        <source>The video has no thumbnail.</source>
        <translation>La vidéo n’a pas de vignette.</translation>
    </message>
    <message>
        <source>The thumbnail is too large to be a thumbnail.</source>
        <translation>Le fichier de vignette est trop volumineux pour être une vignette.</translation>
    </message>
    <message>
        <source>The thumbnail could not be fetched: %1</source>
        <translation>Impossible de récupérer la vignette&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s thumbnail for this video is not a picture.</source>
        <translation>La vignette fournie par le portail pour cette vidéo n’est pas une image.</translation>
    </message>
    <message>
        <source>The thumbnail for this video cannot be shown.</source>
        <translation>Impossible d’afficher la vignette de cette vidéo.</translation>
    </message>
    <message>
        <source>The thumbnail&apos;s address is not a web address.</source>
        <translation>L’adresse de la vignette n’est pas une adresse web.</translation>
    </message>
</context>
<context>
    <name>Downloads::BandwidthSchedule</name>
    <message>
        <source>“%1” is no bandwidth limit: write a rate such as 20M, optionally with the hours it applies, such as 20M 07:00-19:00.</source>
        <translation>« %1 » n’est pas une limite de débit : écrivez un débit comme 20M, éventuellement avec ses heures, comme 20M 07:00-19:00.</translation>
    </message>
</context>
<context>
    <name>Downloads::DownloadManager</name>
    <message>
        <source>The portal no longer offers a preview of this video.</source>
        <translation>Le portail ne propose plus d’aperçu de cette vidéo.</translation>
    </message>
</context>
<context>
    <name>Downloads::Engine</name>
    <message>
        <source>The download queue %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la file de téléchargement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another destination.</source>
        <translation>Impossible de créer le dossier %1. Choisissez une autre destination.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 MB needed, %3 MB free. The download continues by itself once space is freed.</source>
        <translation>Espace libre insuffisant dans %1&#xa0;: %2&#xa0;Mo nécessaires, %3&#xa0;Mo libres. Le téléchargement reprendra de lui-même dès que de l’espace sera libéré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the partial file; starting the file over.</source>
        <translation>La réponse du serveur ne correspondait pas au fichier partiel&#x202f;; le fichier est repris depuis le début.</translation>
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
        <translation>Le serveur de médias a refusé le téléchargement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The disk is full. Every byte downloaded so far is kept; the download continues by itself once space is freed.</source>
        <translation>Le disque est plein. Tout ce qui a déjà été téléchargé est conservé&#x202f;; le téléchargement reprendra de lui-même dès que de l’espace sera libéré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries). Use Retry to try again.</source>
        <translation>
            <numerusform>%1 (abandon après %n essai). Utilisez «&#x202f;Réessayer&#x202f;» pour recommencer.</numerusform>
            <numerusform>%1 (abandon après %n essais). Utilisez «&#x202f;Réessayer&#x202f;» pour recommencer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — nouvel essai dans %n&#x202f;s</numerusform>
            <numerusform>%1 — nouvel essai dans %n&#x202f;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the SHA-256 checksum…</source>
        <translation>Vérification de la somme de contrôle SHA-256…</translation>
    </message>
    <message>
        <source>The finished file does not match the portal&apos;s SHA-256 checksum (got %1…, expected %2…). The damaged copy was kept as %3.</source>
        <translation>Le fichier terminé ne correspond pas à la somme de contrôle SHA-256 du portail (obtenu %1…, attendu %2…). La copie endommagée a été conservée sous le nom %3.</translation>
    </message>
    <message>
        <source>Downloading it once more.</source>
        <translation>Il est téléchargé une nouvelle fois.</translation>
    </message>
    <message>
        <source>Not enough free space in %1 for %2 MB. The download continues by itself once space is freed.</source>
        <translation>Espace libre insuffisant dans %1 pour %2 Mo. Le téléchargement reprendra de lui-même dès que de l’espace sera libéré.</translation>
    </message>
    <message>
        <source>%1 (process %2) is working this download queue. Downloads queued here go on there; this program takes over once it closes.</source>
        <translation>%1 (processus %2) traite cette file de téléchargements. Les téléchargements ajoutés ici s’y poursuivent&#xa0;; ce programme prend le relais dès sa fermeture.</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>Un autre programme</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>Impossible d’écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>The portal replaced this file; downloading the new version.</source>
        <translation>Le portail a remplacé ce fichier&#xa0;; téléchargement de la nouvelle version.</translation>
    </message>
    <message>
        <source>The drive of %1 cannot hold files over 4 GiB (FAT), and this file has %2 MB. Choose a folder on another drive, or format this one as exFAT.</source>
        <translation>Le lecteur de %1 ne peut pas contenir de fichiers de plus de 4&#xa0;Gio (FAT), et ce fichier fait %2&#xa0;Mo. Choisissez un dossier sur un autre lecteur, ou formatez celui-ci en exFAT.</translation>
    </message>
    <message>
        <source>The drive of %1 cannot hold files this large (over 4 GiB on FAT). Choose a folder on another drive.</source>
        <translation>Le lecteur de %1 ne peut pas contenir un fichier aussi grand (plus de 4&#xa0;Gio en FAT). Choisissez un dossier sur un autre lecteur.</translation>
    </message>
    <message>
        <source>%1 was downloaded and checked, but the download queue could not record it: %2</source>
        <translation>%1 a été téléchargé et vérifié, mais la file de téléchargements n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists and the queue could not take another name.</source>
        <translation>%1 existe déjà et la file n’a pas pu prendre un autre nom.</translation>
    </message>
    <message>
        <source>%1 appeared as the download started: another program may be writing it. Use Retry to download under another name.</source>
        <translation>%1 est apparu au début du téléchargement&#xa0;: un autre programme l’écrit peut-être. Utilisez «&#x202f;Réessayer&#x202f;» pour télécharger sous un autre nom.</translation>
    </message>
    <message>
        <source>Waits: Multimedia Desk is working offline.</source>
        <translation>En attente&#xa0;: Multimedia Desk travaille hors connexion.</translation>
    </message>
</context>
<context>
    <name>Downloads::FileOps</name>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation>Impossible de lire %1 pour le vérifier&#xa0;: %2</translation>
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
        <translation>Impossible d’écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1: %2</source>
        <translation>Impossible de déplacer le fichier terminé vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Downloads::HashFollower</name>
    <message>
        <source>The downloaded file is longer than the portal said.</source>
        <translation>Le fichier téléchargé est plus volumineux que ne l’indiquait le portail.</translation>
    </message>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation>Impossible de lire %1 pour le vérifier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the bytes written to it.</source>
        <translation>%1 est plus petit que le volume de données qui y a été écrit.</translation>
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
    <message>
        <source>the server sent more bytes than the file has</source>
        <translation>le serveur a envoyé plus d’octets que le fichier n’en contient</translation>
    </message>
    <message>
        <source>the host sends more than %1 MiB for a file of unknown size, more than a preview should be; it was stopped</source>
        <translation>l&apos;hôte envoie plus de %1 Mio pour un fichier de taille inconnue, plus qu&apos;un aperçu ne devrait en faire&#xa0;; le transfert a été arrêté</translation>
    </message>
    <message>
        <source>the media host sent the download from https to plain http (%1); it was not followed, so that the file does not travel unencrypted. Tell the portal&apos;s team.</source>
        <translation>l&apos;hôte des médias a renvoyé le téléchargement de https vers http sans chiffrement (%1)&#xa0;; ce renvoi n&apos;a pas été suivi, pour que le fichier ne circule pas en clair. Prévenez l&apos;équipe du portail.</translation>
    </message>
    <message>
        <source>the media host&apos;s certificate is not trusted (%1); nothing was downloaded. Check the date and time of this computer, or tell the portal&apos;s team</source>
        <translation>le certificat de l&apos;hôte des médias n&apos;est pas reconnu (%1)&#xa0;; rien n&apos;a été téléchargé. Vérifiez la date et l&apos;heure de cet ordinateur, ou prévenez l&apos;équipe du portail</translation>
    </message>
</context>
<context>
    <name>FrameFile</name>
    <message>
        <source>frame</source>
        <translation>image</translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>Il n’y a pas encore d’image à enregistrer.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose another folder.</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The frame could not be saved to “%1”: %2. Check the free space and try again.</source>
        <translation>Impossible d’enregistrer l’image dans «&#x202f;%1&#x202f;»&#xa0;: %2. Vérifiez l’espace libre et réessayez.</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Library::AscMhl</name>
    <message>
        <source>The hash history in %1 has manifests but no ascmhl_chain.xml.</source>
        <translation>L’historique des empreintes de %1 contient des manifestes, mais pas de fichier ascmhl_chain.xml.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ascmhl_chain.xml in %1 names a file outside its folder: %2</source>
        <translation>Le fichier ascmhl_chain.xml de %1 désigne un fichier situé hors de son dossier&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hash history in %1 lists %2, which cannot be read: %3</source>
        <translation>L’historique des empreintes de %1 mentionne %2, qui est illisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded: it no longer matches ascmhl_chain.xml, so this history cannot be trusted.</source>
        <translation>%1 a été modifié après son enregistrement&#xa0;: il ne correspond plus à ascmhl_chain.xml, cet historique n’est donc pas fiable.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 has no hash history yet.</source>
        <translation>%1 n’a pas encore d’historique des empreintes.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The hash history of %1 is being written by another task; try again when it is done.</source>
        <translation>L’historique des empreintes de %1 est en cours d’écriture par une autre tâche&#x202f;; réessayez lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>Impossible d’écrire dans %1.</translation>
    </message>
</context>
<context>
    <name>Library::AtomicWrite</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name is already there.</source>
        <translation>Impossible d’écrire %1&#xa0;: un fichier portant ce nom existe déjà.</translation>
    </message>
</context>
<context>
    <name>Library::Clip</name>
    <message>
        <source>Only a finished and verified download can enter the library.</source>
        <translation>Seul un téléchargement terminé et vérifié peut entrer dans la médiathèque.</translation>
    </message>
    <message>
        <source>The download has no video or no file; it cannot enter the library.</source>
        <translation>Ce téléchargement n’a pas de vidéo ou pas de fichier&#x202f;; il ne peut pas entrer dans la médiathèque.</translation>
    </message>
</context>
<context>
    <name>Library::Delivery</name>
    <message>
        <source>%1 is no longer where the library has it. Find it with Relink in the Library, then deliver it again.</source>
        <translation>%1 n’est plus là où la bibliothèque l’attend. Retrouvez-le avec Relier dans la Bibliothèque, puis livrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The watch folder %1 does not exist. Create it or connect its drive, or choose another in Settings (Deliver verified files to).</source>
        <translation>Le dossier de dépôt %1 n’existe pas. Créez-le ou branchez son disque, ou choisissez-en un autre dans la configuration (Livrer les fichiers vérifiés dans).</translation>
    </message>
    <message>
        <source>%1 is larger than the file system of the watch folder %2 can hold (4 GiB on FAT). Choose a watch folder on another drive.</source>
        <translation>%1 est plus grand que ce que le système de fichiers du dossier de dépôt %2 peut contenir (4 Gio en FAT). Choisissez un dossier de dépôt sur un autre disque.</translation>
    </message>
    <message>
        <source>Not enough free space in the watch folder %1: %2 MB needed, %3 MB free. Free some space, then deliver the clip again from the Library.</source>
        <translation>Pas assez d’espace libre dans le dossier de dépôt %1&#xa0;: %2&#xa0;Mo nécessaires, %3&#xa0;Mo libres. Libérez de l’espace, puis livrez à nouveau le clip depuis la Bibliothèque.</translation>
    </message>
    <message>
        <source>Multimedia Desk may not write in the watch folder %1 (%2). Give it write access, or choose another folder in Settings.</source>
        <translation>Multimedia Desk n’a pas le droit d’écrire dans le dossier de dépôt %1 (%2). Donnez-lui l’accès en écriture, ou choisissez un autre dossier dans la configuration.</translation>
    </message>
    <message>
        <source>Cannot write in the watch folder %1: %2</source>
        <translation>Impossible d’écrire dans le dossier de dépôt %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SHA-256 function is not available.</source>
        <translation>La fonction SHA-256 n’est pas disponible.</translation>
    </message>
    <message>
        <source>The watch folder %1 is full. Free some space, then deliver the clip again from the Library.</source>
        <translation>Le dossier de dépôt %1 est plein. Libérez de l’espace, puis livrez à nouveau le clip depuis la Bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot write %1 in the watch folder %2: %3</source>
        <translation>Impossible d’écrire %1 dans le dossier de dépôt %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The delivery was stopped.</source>
        <translation>La livraison a été arrêtée.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the library: %2</source>
        <translation>Impossible de lire %1 dans la bibliothèque&#xa0;: %2</translation>
    </message>
    <message>
        <source>The library&apos;s copy of %1 no longer matches its SHA-256, so it was not delivered. Verify the clip in the Library and download it again.</source>
        <translation>La copie de %1 dans la bibliothèque ne correspond plus à son SHA-256&#xa0;: elle n’a pas été livrée. Vérifiez le clip dans la Bibliothèque et téléchargez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Library::DownloadIntake</name>
    <message>
        <source>%1 was downloaded and verified, but the library could not record it: %2</source>
        <translation>%1 a été téléchargé et vérifié, mais la médiathèque n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>The EBUCore sidecar of %1 could not be written: %2</source>
        <translation>Impossible d’écrire le fichier sidecar EBUCore de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The ASC MHL history of %1 could not be updated: %2</source>
        <translation>Impossible de mettre à jour l’historique ASC MHL de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be queued for the watch folder: %2</source>
        <translation>%1 n’a pas pu être mis en attente pour le dossier de dépôt&#xa0;: %2</translation>
    </message>
    <message>
        <source>No watch folder is set. Choose one in Settings (Deliver verified files to), then deliver again.</source>
        <translation>Aucun dossier de dépôt n’est défini. Choisissez-en un dans la configuration (Livrer les fichiers vérifiés dans), puis livrez à nouveau.</translation>
    </message>
    <message>
        <source>The watch-folder deliveries could not be read from the library: %1</source>
        <translation>Les livraisons vers le dossier de dépôt n’ont pas pu être lues dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>A verified clip was not delivered to the watch folder: %1 It stays in the library, and the delivery is tried again at the next start.</source>
        <translation>Un clip vérifié n’a pas été livré dans le dossier de dépôt&#xa0;: %1 Il reste dans la bibliothèque, et la livraison sera retentée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Library::EbuCore</name>
    <message>
        <source>The stored description of this video is not readable; refresh it from the portal.</source>
        <translation>La description enregistrée de cette vidéo est illisible&#x202f;; actualisez-la depuis le portail.</translation>
    </message>
    <message>
        <source>The video &quot;%1&quot; has no rendition %2 any more; refresh it from the portal.</source>
        <translation>La vidéo «&#x202f;%1&#x202f;» n’a plus de version %2&#x202f;; actualisez-la depuis le portail.</translation>
    </message>
</context>
<context>
    <name>Library::LibraryStore</name>
    <message>
        <source>A clip needs its portal video and its file to enter the library.</source>
        <translation>Pour entrer dans la médiathèque, une séquence doit avoir sa vidéo du portail et son fichier.</translation>
    </message>
    <message>
        <source>That clip is no longer in the library.</source>
        <translation>Cette séquence ne figure plus dans la médiathèque.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s new place.</source>
        <translation>Choisissez le nouvel emplacement du fichier.</translation>
    </message>
    <message>
        <source>Another clip in the library is already that file: %1</source>
        <translation>Une autre séquence de la médiathèque correspond déjà à ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Donnez un nom à la collection.</translation>
    </message>
    <message>
        <source>There is already a collection called &quot;%1&quot;.</source>
        <translation>Il existe déjà une collection nommée «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>Cette collection n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Library::LibraryTasks</name>
    <message>
        <source>There is no clip %1 in the library.</source>
        <translation>La médiathèque ne contient pas de séquence %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Library::MhlManifest</name>
    <message>
        <source>An ASC MHL file of this folder cannot be read: %1</source>
        <translation>Un fichier ASC MHL de ce dossier est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not an ASC MHL v2.0 hash list</source>
        <translation>ce n’est pas une liste d’empreintes ASC MHL v2.0</translation>
    </message>
    <message>
        <source>ascmhl_chain.xml is not an ASC MHL v2.0 chain</source>
        <translation>ascmhl_chain.xml n’est pas une chaîne ASC MHL v2.0</translation>
    </message>
    <message>
        <source>a generation in ascmhl_chain.xml has no number or file</source>
        <translation>une génération de ascmhl_chain.xml n’a pas de numéro ou pas de fichier</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <source>Stopped before the end.</source>
        <translation>Interrompu avant la fin.</translation>
    </message>
</context>
<context>
    <name>Network::ProxySetting</name>
    <message>
        <source>“%1” is no proxy setting: write system, none, or the proxy&apos;s address with its port, such as http://proxy.example.org:3128 or socks5://127.0.0.1:1080.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un réglage de proxy valide&#xa0;: indiquez system, none, ou l’adresse du proxy avec son port, par exemple http://proxy.example.org:3128 ou socks5://127.0.0.1:1080.</translation>
    </message>
</context>
<context>
    <name>News::FeedFetcher</name>
    <message>
        <source>The answer is larger than %1 MB, too large for a feed.</source>
        <translation>La réponse dépasse %1&#xa0;Mo, trop pour un flux.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: a feed&apos;s address starts with http:// or https://.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse web&#xa0;: l’adresse d’un flux commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an RSS or Atom feed: %2</source>
        <translation>%1 n’est pas un flux RSS ou Atom&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an RSS or Atom feed any more: %2</source>
        <translation>%1 n’est plus un flux RSS ou Atom&#xa0;: %2</translation>
    </message>
    <message>
        <source>Multimedia Desk is working offline; the feed was not fetched.</source>
        <translation>Multimedia Desk travaille hors connexion&#x202f;; le flux n’a pas été récupéré.</translation>
    </message>
</context>
<context>
    <name>News::NewsCache</name>
    <message>
        <source>The news kept on this computer (%1) cannot be opened: %2</source>
        <translation>Impossible d’ouvrir les actualités conservées sur cet ordinateur (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>News::NewsStore</name>
    <message>
        <source>The article “%1” could not be kept for offline reading.</source>
        <translation>L’article «&#x202f;%1&#x202f;» n’a pas pu être conservé pour la lecture hors ligne.</translation>
    </message>
</context>
<context>
    <name>News::NewsSync</name>
    <message>
        <source>The news could not be kept for offline reading: %1</source>
        <translation>Les actualités n’ont pas pu être conservées pour la lecture hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s list of news did not come to an end. The articles received so far are kept; the next update goes on from there.</source>
        <translation>La liste des actualités du portail ne s’est pas terminée. Les articles déjà reçus sont conservés&#x202f;; la prochaine mise à jour reprendra à partir de là.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>“%1” is not a value for %2, which takes %3.</source>
        <translation>« %1 » n’est pas une valeur pour %2, qui accepte %3.</translation>
    </message>
</context>
<context>
    <name>PlaybackProblem</name>
    <message>
        <source>Video playback is not available</source>
        <translation>La lecture vidéo n’est pas disponible</translation>
    </message>
    <message>
        <source>Qt Multimedia found no media backend on this computer, so clips cannot be previewed. Install the Qt Multimedia plug-ins and GStreamer (on Debian: sudo apt install libqt6multimedia6 %1), then restart Multimedia Desk.</source>
        <translation>Qt Multimedia n’a trouvé aucun moteur multimédia sur cet ordinateur&#x202f;; les séquences ne peuvent donc pas être prévisualisées. Installez les modules d’extension Qt Multimedia et GStreamer (sous Debian&#xa0;: sudo apt install libqt6multimedia6 %1), puis redémarrez Multimedia Desk.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>Le fichier est introuvable</translation>
    </message>
    <message>
        <source>“%1” does not exist any more. It may have been moved, renamed or deleted; find it again from the Library, or download the clip again.</source>
        <translation>«&#x202f;%1&#x202f;» n’existe plus. Il a peut-être été déplacé, renommé ou supprimé&#x202f;; retrouvez-le depuis la rubrique Médiathèque, ou téléchargez à nouveau la séquence.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Multimedia Desk is not allowed to read “%1”. Check the file&apos;s permissions and that its disk is mounted, then try again.</source>
        <translation>Multimedia Desk n’a pas l’autorisation de lire «&#x202f;%1&#x202f;». Vérifiez les droits du fichier et que son disque est bien monté, puis réessayez.</translation>
    </message>
    <message>
        <source>(The media backend said: “%1”)</source>
        <translation>(Message du moteur multimédia&#xa0;: «&#x202f;%1&#x202f;»)</translation>
    </message>
    <message>
        <source>No decoder for this clip</source>
        <translation>Aucun décodeur pour cette séquence</translation>
    </message>
    <message>
        <source>This computer has no decoder for the clip&apos;s format, so it cannot be shown. Install the missing media plug-ins (on Debian: sudo apt install %1) and open the clip again.</source>
        <translation>Cet ordinateur ne dispose d’aucun décodeur pour le format de cette séquence, qui ne peut donc pas être affichée. Installez les modules d’extension multimédias manquants (sous Debian&#xa0;: sudo apt install %1) et rouvrez la séquence.</translation>
    </message>
    <message>
        <source>Access to the clip was refused</source>
        <translation>L’accès à la séquence a été refusé</translation>
    </message>
    <message>
        <source>The server refused to send the clip. The link may have expired: open the clip again from the catalogue.</source>
        <translation>Le serveur a refusé d’envoyer la séquence. Le lien a peut-être expiré&#xa0;: rouvrez la séquence depuis le catalogue.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, then try again.</source>
        <translation>Vérifiez les droits du fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>The clip could not be streamed</source>
        <translation>Impossible de lire la séquence en flux continu</translation>
    </message>
    <message>
        <source>The connection to the media server failed. Check your network and proxy settings, then try again.</source>
        <translation>La connexion au serveur de médias a échoué. Vérifiez vos réglages de réseau et de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>This is not a video Multimedia Desk can read</source>
        <translation>Ce n’est pas une vidéo que Multimedia Desk sait lire</translation>
    </message>
    <message>
        <source>The server sent data that is not a video in a known format. Try again later, or tell the portal&apos;s support which clip it is.</source>
        <translation>Le serveur a envoyé des données qui ne sont pas une vidéo dans un format connu. Réessayez plus tard, ou indiquez à l’assistance du portail de quelle séquence il s’agit.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a video file (it may be incomplete). Download it again, or check it against the portal&apos;s checksum in the Library.</source>
        <translation>Le fichier est endommagé ou n’est pas un fichier vidéo (il est peut-être incomplet). Téléchargez-le à nouveau, ou comparez-le à la somme de contrôle du portail dans la rubrique Médiathèque.</translation>
    </message>
    <message>
        <source>The clip stopped playing</source>
        <translation>La lecture de la séquence s’est interrompue</translation>
    </message>
    <message>
        <source>The stream failed. Check your network, then try again.</source>
        <translation>La lecture du flux a échoué. Vérifiez votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be played to the end; it may be damaged. Download it again, or check it against the portal&apos;s checksum in the Library.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout&#x202f;; il est peut-être endommagé. Téléchargez-le à nouveau, ou comparez-le à la somme de contrôle du portail dans la rubrique Médiathèque.</translation>
    </message>
    <message>
        <source>The clip has sound, but its picture cannot be decoded on this computer.</source>
        <translation>La séquence comporte du son, mais son image ne peut pas être décodée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing in this clip could be decoded on this computer.</source>
        <translation>Aucun élément de cette séquence n’a pu être décodé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The clip has a %1×%2 video track.</source>
        <translation>La séquence comporte une piste vidéo de %1×%2.</translation>
    </message>
    <message>
        <source>Install the media plug-ins that decode it (on Debian: sudo apt install %1) and open the clip again.</source>
        <translation>Installez les modules d’extension multimédias capables de la décoder (sous Debian&#xa0;: sudo apt install %1) et rouvrez la séquence.</translation>
    </message>
    <message>
        <source>Broadcast files such as MXF may only play once downloaded.</source>
        <translation>Les fichiers broadcast, comme le MXF, ne sont parfois lisibles qu’une fois téléchargés.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>The media server cannot be reached</source>
        <translation>Impossible de joindre le serveur de médias</translation>
    </message>
    <message>
        <source>The preview could not be fetched: %1. Check your network connection and proxy settings, then try again.</source>
        <translation>Impossible de récupérer l’aperçu&#xa0;: %1. Vérifiez votre connexion réseau et vos réglages de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The preview link was refused</source>
        <translation>Le lien de l’aperçu a été refusé</translation>
    </message>
    <message>
        <source>The media server answered HTTP %1: the link has expired or is not valid any more. Open the clip again from the catalogue to get a fresh link.</source>
        <translation>Le serveur de médias a répondu HTTP %1&#xa0;: le lien a expiré ou n’est plus valable. Rouvrez la séquence depuis le catalogue pour obtenir un nouveau lien.</translation>
    </message>
    <message>
        <source>The preview is not on the server</source>
        <translation>L’aperçu ne se trouve pas sur le serveur</translation>
    </message>
    <message>
        <source>The media server answered HTTP 404 (not found): the portal may have withdrawn or replaced this clip. Refresh the catalogue and try again.</source>
        <translation>Le serveur de médias a répondu HTTP 404 (introuvable)&#xa0;: le portail a peut-être retiré ou remplacé cette séquence. Actualisez le catalogue et réessayez.</translation>
    </message>
    <message>
        <source>The media server has a problem</source>
        <translation>Le serveur de médias rencontre un problème</translation>
    </message>
    <message>
        <source>The media server answered HTTP %1. This is on the server&apos;s side; try again in a few minutes.</source>
        <translation>Le serveur de médias a répondu HTTP %1. Le problème se situe du côté du serveur&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server sent a web page, not a video</source>
        <translation>Le serveur a envoyé une page web, et non une vidéo</translation>
    </message>
    <message>
        <source>The preview address leads to a web page (perhaps a sign-in page of a network or proxy). Check your network access, then try again.</source>
        <translation>L’adresse de l’aperçu mène à une page web (peut-être la page de connexion d’un réseau ou d’un proxy). Vérifiez votre accès au réseau, puis réessayez.</translation>
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
    <message>
        <source>The portal sent the request on to another address (%1). Multimedia Desk does not follow it, so that your sign-in stays with the portal. If the portal has moved, set its new address.</source>
        <translation>Le portail a renvoyé la requête vers une autre adresse (%1). Multimedia Desk ne la suit pas, pour que votre connexion reste auprès du portail. Si le portail a déménagé, indiquez sa nouvelle adresse.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than %1 MiB, more than any answer of the Portal API needs; it was not read. Check the portal address, or raise the limit (portal/maxResponseMiB) if the portal really sends such answers.</source>
        <translation>La réponse du portail dépasse %1 Mio, plus qu&apos;aucune réponse de l&apos;API Portal n&apos;en demande&#xa0;; elle n&apos;a pas été lue. Vérifiez l&apos;adresse du portail, ou relevez la limite (portal/maxResponseMiB) si le portail envoie vraiment de telles réponses.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Réessayez dans %1.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Multimedia Desk is working offline (setting network.offline), so the portal was not asked. To connect, turn off File → Work Offline, or run: mmdesk-cli settings set network.offline off</source>
        <translation>Multimedia Desk travaille hors connexion (réglage network.offline)&#xa0;: le portail n’a pas été interrogé. Pour vous connecter, désactivez Fichier → Travailler hors connexion, ou exécutez&#xa0;: mmdesk-cli settings set network.offline off</translation>
    </message>
</context>
<context>
    <name>Portal::ConditionsGate</name>
    <message>
        <source>conditions of use without a version, text or credit line</source>
        <translation>conditions d’utilisation sans version, texte ni mention de crédit</translation>
    </message>
</context>
<context>
    <name>Portal::ConditionsRecord</name>
    <message>
        <source>Your acceptance of the conditions of use cannot be saved in %1: %2</source>
        <translation>Votre acceptation des conditions d’utilisation ne peut pas être enregistrée dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Portal::PortalProbe</name>
    <message>
        <source>no list of news where a portal has one</source>
        <translation>pas de liste d’actualités là où un portail en a une</translation>
    </message>
</context>
<context>
    <name>Portal::PortalUrl</name>
    <message>
        <source>“%1” is not a portal address. Give the full API address, for example https://portal.example.org/api/v1.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse de portail. Indiquez l’adresse complète de l’API, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// or http://, not “%1://”.</source>
        <translation>L’adresse du portail doit commencer par https:// ou http://, et non par «&#x202f;%1://&#x202f;».</translation>
    </message>
    <message>
        <source>The portal address must not contain a query, a fragment or a user name: %1</source>
        <translation>L’adresse du portail ne doit contenir ni requête, ni fragment, ni nom d’utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal address %1 uses plain http://: your password and sign-in would cross the network unencrypted. Use the portal&apos;s https:// address. If this portal has no https, start with --allow-insecure-portal (not recommended).</source>
        <translation>L&apos;adresse du portail %1 utilise http:// sans chiffrement&#xa0;: votre mot de passe et votre connexion traverseraient le réseau en clair. Utilisez l&apos;adresse https:// du portail. Si ce portail n&apos;a pas de https, lancez le programme avec --allow-insecure-portal (déconseillé).</translation>
    </message>
</context>
<context>
    <name>Settings::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Multimedia Desk (format %2, this version reads up to %3). Update the application, or start it with another --data-dir.</source>
        <translation>Le fichier de réglages %1 a été écrit par une version plus récente de Multimedia Desk (format %2&#x202f;; cette version lit jusqu’au format %3). Mettez l’application à jour, ou lancez-la avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1. Check the folder&apos;s permissions and free space.</source>
        <translation>Impossible d’écrire le fichier de réglages %1. Vérifiez les droits du dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged. Move it aside to start with default settings.</source>
        <translation>Le fichier de réglages %1 est endommagé. Déplacez-le pour repartir des réglages par défaut.</translation>
    </message>
</context>
<context>
    <name>Settings::Options</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on ou off</translation>
    </message>
    <message>
        <source>The portal&apos;s API address, used when none is given on the command line.</source>
        <translation>L’adresse de l’API du portail, utilisée quand la ligne de commande n’en donne pas.</translation>
    </message>
    <message>
        <source>an https:// address (http:// only for this computer), or &quot;&quot; for none</source>
        <translation>une adresse https:// (http:// seulement pour cet ordinateur), ou &quot;&quot; pour aucune</translation>
    </message>
    <message>
        <source>The largest answer read from the portal&apos;s API, in MiB; a longer one is refused.</source>
        <translation>La plus grande réponse lue de l’API du portail, en Mio ; une réponse plus longue est refusée.</translation>
    </message>
    <message>
        <source>The language of the interface: the system&apos;s, English or French.</source>
        <translation>La langue de l’interface : celle du système, l’anglais ou le français.</translation>
    </message>
    <message>
        <source>system, en or fr</source>
        <translation>system, en ou fr</translation>
    </message>
    <message>
        <source>Where downloads are saved unless another folder is given.</source>
        <translation>L’emplacement des téléchargements quand aucun autre dossier n’est indiqué.</translation>
    </message>
    <message>
        <source>a folder, or &quot;&quot; for the default</source>
        <translation>un dossier, ou &quot;&quot; pour celui par défaut</translation>
    </message>
    <message>
        <source>Write an EBUCore sidecar beside each verified download.</source>
        <translation>Écrire un fichier EBUCore à côté de chaque téléchargement vérifié.</translation>
    </message>
    <message>
        <source>Keep an ASC MHL hash history in each download folder.</source>
        <translation>Tenir un historique d’empreintes ASC MHL dans chaque dossier de téléchargement.</translation>
    </message>
    <message>
        <source>How often the News section fetches what changed, in minutes (0: only on demand).</source>
        <translation>Fréquence à laquelle la section Actualités récupère les changements, en minutes (0 : seulement à la demande).</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>Largest portal answer (MiB)</source>
        <translation>Plus grande réponse du portail (Mio)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>Connections per download</source>
        <translation>Connexions par téléchargement</translation>
    </message>
    <message>
        <source>Write EBUCore sidecars</source>
        <translation>Écrire des fichiers EBUCore</translation>
    </message>
    <message>
        <source>Keep ASC MHL hash histories</source>
        <translation>Tenir des historiques d’empreintes ASC MHL</translation>
    </message>
    <message>
        <source>News refresh (minutes)</source>
        <translation>Actualisation des actualités (minutes)</translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>The total download rate, all day or in the hours given (unlimited outside them), such as 20M 07:00-19:00; empty for no limit.</source>
        <translation>Le débit total des téléchargements, toute la journée ou aux heures indiquées (sans limite en dehors), comme 20M 07:00-19:00 ; vide pour aucune limite.</translation>
    </message>
    <message>
        <source>a rate such as 20M, optionally with hours such as 07:00-19:00, or &quot;&quot; for none</source>
        <translation>un débit comme 20M, éventuellement avec des heures comme 07:00-19:00, ou &quot;&quot; pour aucune</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <source>How many downloads of the queue transfer at the same time; the others wait their turn.</source>
        <translation>Nombre de téléchargements de la file transférés en même temps&#x202f;; les autres attendent leur tour.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How Multimedia Desk reaches the portal and the media hosts: the system&apos;s proxy (http_proxy, https_proxy, no_proxy), none, or a proxy of its own.</source>
        <translation>Comment Multimedia Desk joint le portail et les serveurs de médias&#xa0;: le proxy du système (http_proxy, https_proxy, no_proxy), aucun proxy, ou un proxy qui lui est propre.</translation>
    </message>
    <message>
        <source>system, none, or an address such as http://proxy.example.org:3128 or socks5://127.0.0.1:1080</source>
        <translation>system, none, ou une adresse telle que http://proxy.example.org:3128 ou socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Keep working in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window while downloads run leaves Multimedia Desk downloading in the system tray.</source>
        <translation>Fermer la fenêtre pendant des téléchargements laisse Multimedia Desk les poursuivre depuis la zone de notification.</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Travailler hors connexion</translation>
    </message>
    <message>
        <source>Ask nothing of the portal, the feeds or the media hosts: read what is kept on this computer; the download queue waits with its partial files until this is turned off.</source>
        <translation>Ne rien demander au portail, aux flux ni aux serveurs de médias&#xa0;: lire ce qui est conservé sur cet ordinateur&#x202f;; la file de téléchargements attend, fichiers partiels conservés, jusqu’à la désactivation de ce réglage.</translation>
    </message>
    <message>
        <source>House format</source>
        <translation>Format maison</translation>
    </message>
    <message>
        <source>What Download takes of a video: the largest picture, or the best of one container (MXF, MOV or MP4) where the video has it, else the largest.</source>
        <translation>Ce que Télécharger prend d’une vidéo&#xa0;: la plus grande image, ou la meilleure d’un conteneur (MXF, MOV ou MP4) quand la vidéo en a une, sinon la plus grande.</translation>
    </message>
    <message>
        <source>largest, mxf, mov or mp4</source>
        <translation>largest, mxf, mov ou mp4</translation>
    </message>
    <message>
        <source>Deliver verified files to</source>
        <translation>Livrer les fichiers vérifiés dans</translation>
    </message>
    <message>
        <source>A watch folder (an edit or playout ingest folder) that gets a copy of each verified download, with its EBUCore sidecar when sidecars are on. The copy appears there whole, under its final name, only once it is written.</source>
        <translation>Un dossier de dépôt (dossier d’ingest d’un montage ou d’une diffusion) qui reçoit une copie de chaque téléchargement vérifié, avec son fichier EBUCore quand ceux-ci sont activés. La copie n’y apparaît, entière et sous son nom final, qu’une fois écrite.</translation>
    </message>
    <message>
        <source>a folder, or &quot;&quot; for none</source>
        <translation>un dossier, ou &quot;&quot; pour aucun</translation>
    </message>
    <message>
        <source>%1 takes a full path (starting with /); “%2” is not one.</source>
        <translation>%1 demande un chemin complet (commençant par /)&#x202f;; «&#x202f;%2&#x202f;» n’en est pas un.</translation>
    </message>
    <message>
        <source>How many connections a large download uses: auto starts with 4 and opens more, up to 16, while more make it faster, as on a host that caps each connection; a number is kept for the whole download.</source>
        <translation>Nombre de connexions d’un gros téléchargement&#xa0;: auto commence avec 4 et en ouvre d’autres, jusqu’à 16, tant que cela l’accélère, comme avec un hôte qui bride chaque connexion&#x202f;; un nombre est gardé pour tout le téléchargement.</translation>
    </message>
    <message>
        <source>auto, or a whole number from 1 to 16</source>
        <translation>auto, ou un nombre entier de 1 à 16</translation>
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
        <source>Read the portal&apos;s news releases, preview its video, and download broadcast-quality clips into a verified local library.</source>
        <translation>Lisez les communiqués du portail, prévisualisez ses vidéos et téléchargez des séquences de qualité broadcast dans une médiathèque locale vérifiée.</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portail&#xa0;:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Fichier de réglages&#xa0;:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux&#xa0;:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Version de Qt&#xa0;:</translation>
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
    <message>
        <source>Go back (account pages)</source>
        <translation>Revenir en arrière (pages du compte)</translation>
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
        <source>This account is not confirmed yet. Enter the code from the portal&apos;s e-mail, or send a new code.</source>
        <translation>Ce compte n’est pas encore confirmé. Saisissez le code reçu par e-mail du portail, ou demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été changé. Connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>Ui::AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Le titre propre du flux</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed beside the portal&apos;s news. It is fetched at once and then with every refresh.</source>
        <translation>Suivre un flux RSS ou Atom à côté des actualités du portail. Il est récupéré tout de suite, puis à chaque actualisation.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>%1 Check the address: it should be the feed itself, often ending in .xml, .rss or /feed.</source>
        <translation>%1 Vérifiez l’adresse&#xa0;: ce doit être le flux lui-même, qui se termine souvent par .xml, .rss ou /feed.</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation>Nom du flux</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Ui::ClipDetailPane</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <source>Verified: matched its SHA-256 checksum on %1</source>
        <translation>Vérifié&#xa0;: correspondait à sa somme de contrôle SHA-256 le %1</translation>
    </message>
    <message>
        <source>Missing: not found at this place when checked on %1. Relink it if it was moved.</source>
        <translation>Manquant&#xa0;: introuvable à cet emplacement lors du contrôle du %1. Reliez-le à nouveau s’il a été déplacé.</translation>
    </message>
    <message>
        <source>Damaged: no longer matched its SHA-256 checksum on %1. Download it again or restore it from a backup.</source>
        <translation>Endommagé&#xa0;: ne correspondait plus à sa somme de contrôle SHA-256 le %1. Téléchargez-le à nouveau ou restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Not verified yet: use Verify to check the file against its checksum</source>
        <translation>Pas encore vérifié&#xa0;: utilisez «&#x202f;Vérifier la sélection&#x202f;» pour comparer le fichier à sa somme de contrôle</translation>
    </message>
    <message>
        <source>Not verified since it was relinked (last check %1)</source>
        <translation>Non vérifié depuis qu’il a été relié à nouveau (dernier contrôle le %1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Technical format</source>
        <translation>Format technique</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>État du fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>Liste des plans</translation>
    </message>
    <message>
        <source>Portal tags</source>
        <translation>Mots-clés du portail</translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation>Aucune séquence sélectionnée</translation>
    </message>
    <message>
        <source>Select a clip to see its description, shot list and file.</source>
        <translation>Sélectionnez une séquence pour afficher sa description, sa liste des plans et son fichier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Vos mots-clés</translation>
    </message>
    <message>
        <source>Add tags, separated by commas</source>
        <translation>Ajoutez des mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field</source>
        <translation>Enregistrés lorsque vous appuyez sur Entrée ou quittez le champ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note for yourself and your colleagues: where it aired, rights cleared, …</source>
        <translation>Une note pour vous et vos collègues&#xa0;: où elle a été diffusée, droits acquis, …</translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation>Enregistrée lorsque vous quittez le champ</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Check a collection to put the clip in it</source>
        <translation>Cochez une collection pour y placer la séquence</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publication&#xa0;:</translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation>Téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>The clip could not be read from the library: %1</source>
        <translation>Impossible de lire la séquence dans la médiathèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No portal tags</source>
        <translation>Aucun mot-clé du portail</translation>
    </message>
    <message>
        <source>From the portal: %1</source>
        <translation>Fournis par le portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <source>No thumbnail yet</source>
        <translation>Pas encore de vignette</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Impossible de lire les collections&#xa0;: %1</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Aucune collection pour le moment</translation>
    </message>
    <message>
        <source>Your tags could not be saved: %1</source>
        <translation>Impossible d’enregistrer vos mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>Impossible d’enregistrer votre note&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collection “%1” could not be changed: %2</source>
        <translation>Impossible de modifier la collection «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the new collection; the clip is put in it:</source>
        <translation>Nom de la nouvelle collection (la séquence y sera placée)&#xa0;:</translation>
    </message>
    <message>
        <source>The collection “%1” could not be created: %2</source>
        <translation>Impossible de créer la collection «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The clip could not be put in “%1”: %2</source>
        <translation>Impossible de placer la séquence dans «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>Watch folder:</source>
        <translation>Dossier de dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>Delivered as %1 on %2</source>
        <translation>Livré sous %1 le %2</translation>
    </message>
    <message>
        <source>Not delivered yet to %1: %2</source>
        <translation>Pas encore livré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Being copied to %1</source>
        <translation>Copie en cours vers %1</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
</context>
<context>
    <name>Ui::ClipOperations</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from the disk and from the library?</source>
        <translation>Supprimer «&#x202f;%1&#x202f;» (%2) du disque et de la médiathèque&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln clip(s), %1 in all, from the disk and from the library?</source>
        <translation>
            <numerusform>Supprimer %Ln séquence, %1 au total, du disque et de la médiathèque&#x202f;?</numerusform>
            <numerusform>Supprimer %Ln séquences, %1 au total, du disque et de la médiathèque&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete clips</source>
        <translation>Supprimer des séquences</translation>
    </message>
    <message>
        <source>The files are deleted for good, with their EBUCore sidecars; their tags, notes and places in collections are forgotten. This cannot be undone.</source>
        <translation>Les fichiers sont supprimés définitivement, avec leurs fichiers sidecar EBUCore&#x202f;; leurs mots-clés, leurs notes et leur appartenance aux collections sont effacés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is deleted, but the library could not forget the clip: %2</source>
        <translation>%1&#xa0;: le fichier a été supprimé, mais la médiathèque n’a pas pu retirer la séquence&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln clip(s); %1 freed.</source>
        <translation>
            <numerusform>%Ln séquence supprimée&#x202f;; espace libéré&#xa0;: %1.</numerusform>
            <numerusform>%Ln séquences supprimées&#x202f;; espace libéré&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, so their clips stay in the library. Check that you may change their folder and that the disk is not read-only, then try again.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être supprimé&#x202f;; sa séquence reste donc dans la médiathèque. Vérifiez que vous avez le droit de modifier son dossier et que le disque n’est pas en lecture seule, puis réessayez.</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être supprimés&#x202f;; leurs séquences restent donc dans la médiathèque. Vérifiez que vous avez le droit de modifier leurs dossiers et que le disque n’est pas en lecture seule, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the clips to export first.</source>
        <translation>Sélectionnez d’abord les séquences à exporter.</translation>
    </message>
    <message>
        <source>The export could not be prepared: %1</source>
        <translation>Impossible de préparer l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export could not be written to “%1”: %2. Choose another folder, or make room on the disk, and export again.</source>
        <translation>Impossible d’écrire l’exportation dans «&#x202f;%1&#x202f;»&#xa0;: %2. Choisissez un autre dossier ou libérez de l’espace sur le disque, puis relancez l’exportation.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln séquence exportée vers «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%Ln séquences exportées vers «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln EBUCore sidecar(s), each beside its file as &lt;file&gt;.ebucore.xml.</source>
        <translation>
            <numerusform>%Ln fichier sidecar EBUCore écrit à côté de son fichier, sous le nom &lt;fichier&gt;.ebucore.xml.</numerusform>
            <numerusform>%Ln fichiers sidecar EBUCore écrits, chacun à côté de son fichier, sous le nom &lt;fichier&gt;.ebucore.xml.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sidecar(s) could not be written. Check that you may write to the clips&apos; folders and that there is room on the disk.</source>
        <translation>
            <numerusform>%Ln fichier sidecar n’a pas pu être écrit. Vérifiez que vous avez le droit d’écrire dans les dossiers des séquences et qu’il reste de la place sur le disque.</numerusform>
            <numerusform>%Ln fichiers sidecar n’ont pas pu être écrits. Vérifiez que vous avez le droit d’écrire dans les dossiers des séquences et qu’il reste de la place sur le disque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) were written.</source>
        <translation>
            <numerusform>%Ln autre a été écrit.</numerusform>
            <numerusform>%Ln autres ont été écrits.</numerusform>
        </translation>
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
        <translation>Les 6 chiffres de l’e-mail&#x202f;; le code est vérifié dès que les six sont saisis</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Checks the code</source>
        <translation>Vérifie le code</translation>
    </message>
    <message>
        <source>E-mails a new code; the previous one then stops working</source>
        <translation>Envoie un nouveau code par e-mail&#x202f;; le précédent cesse alors de fonctionner</translation>
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
        <translation>Temps restant&#xa0;: %1</translation>
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
    <message numerus="yes">
        <source>Send new code, possible in %n second(s)</source>
        <translation>
            <numerusform>Demander un nouveau code, possible dans %n seconde</numerusform>
            <numerusform>Demander un nouveau code, possible dans %n secondes</numerusform>
        </translation>
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
        <translation>Trop d’essais erronés&#xa0;: ce code ne fonctionne plus. Demandez un nouveau code.</translation>
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
    <message>
        <source>Too many wrong codes for this address: the portal takes codes again in %1.</source>
        <translation>Trop de codes erronés pour cette adresse&#xa0;: le portail accepte de nouveau des codes dans %1.</translation>
    </message>
    <message>
        <source>The portal asks to wait before it sends another code. You can ask for a new one in %1.</source>
        <translation>Le portail demande d&apos;attendre avant d&apos;envoyer un autre code. Vous pourrez en demander un nouveau dans %1.</translation>
    </message>
    <message>
        <source>Send New Code (%1)</source>
        <translation>Envoyer un nouveau code (%1)</translation>
    </message>
    <message>
        <source>Send New Code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
</context>
<context>
    <name>Ui::ConditionsDialog</name>
    <message>
        <source>Conditions of Use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Before your first download, read the portal&apos;s conditions of use (version %1%2). Material downloaded from the portal may be used only under them.</source>
        <translation>Avant votre premier téléchargement, lisez les conditions d’utilisation du portail (version %1%2). Les contenus téléchargés du portail ne peuvent être utilisés que selon ces conditions.</translation>
    </message>
    <message>
        <source>, updated %1</source>
        <translation>, mise à jour le %1</translation>
    </message>
    <message>
        <source>The portal changed its conditions of use since you accepted version %1. Read version %2%3 before your next download.</source>
        <translation>Le portail a modifié ses conditions d’utilisation depuis que vous avez accepté la version %1. Lisez la version %2%3 avant votre prochain téléchargement.</translation>
    </message>
    <message>
        <source>Conditions of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Credit line, to print with every use: %1</source>
        <translation>Mention de crédit, à faire figurer à chaque utilisation : %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Accept the conditions of use</source>
        <translation>Accepter les conditions d’utilisation</translation>
    </message>
    <message>
        <source>Decline the conditions of use</source>
        <translation>Refuser les conditions d’utilisation</translation>
    </message>
</context>
<context>
    <name>Ui::DateTimeText</name>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, then the time zone</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Ui::DeadlineDialog</name>
    <message>
        <source>Set Deadline</source>
        <translation>Définir une échéance</translation>
    </message>
    <message>
        <source>When is “%1” needed? The queue puts the most urgent download first, and says when one will be late at its speed.</source>
        <translation>Pour quand faut-il «&#x202f;%1&#x202f;»&#x202f;? La file place le téléchargement le plus urgent en tête et signale quand l’un d’eux sera en retard à sa vitesse.</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire pour</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Nécessaire pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clear Deadline</source>
        <translation>&amp;Supprimer l’échéance</translation>
    </message>
</context>
<context>
    <name>Ui::DownloadNotifications</name>
    <message>
        <source>Download complete</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>%1 is verified and saved in %2.</source>
        <translation>%1 est vérifié et enregistré dans %2.</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Download paused: the disk is full</source>
        <translation>Téléchargement en pause : le disque est plein</translation>
    </message>
    <message>
        <source>%1 waits for free space in %2 and goes on by itself once there is room.</source>
        <translation>%1 attend de l’espace libre dans %2 et reprendra de lui-même dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <source>Download will be late</source>
        <translation>Téléchargement en retard</translation>
    </message>
    <message>
        <source>At its speed now, %1 ends about %2; it is needed by %3.</source>
        <translation>À sa vitesse actuelle, %1 se termine vers %2&#x202f;; il est nécessaire pour %3.</translation>
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
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
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
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Fichier endommagé&#xa0;: %1</translation>
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
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
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
    <message>
        <source>Queued: waits while working offline</source>
        <translation>En file&#xa0;: attend la fin du travail hors connexion</translation>
    </message>
    <message>
        <source>Done in time.</source>
        <translation>Terminé à temps.</translation>
    </message>
    <message>
        <source>At this speed it ends about %1, in time.</source>
        <translation>À cette vitesse, il se termine vers %1, à temps.</translation>
    </message>
    <message>
        <source>At this speed it ends about %1: too late.</source>
        <translation>À cette vitesse, il se termine vers %1&#xa0;: trop tard.</translation>
    </message>
    <message>
        <source>The time it was needed by has passed.</source>
        <translation>L’échéance est passée.</translation>
    </message>
    <message>
        <source>Whether it makes it is known once it runs.</source>
        <translation>On saura s’il arrive à temps une fois lancé.</translation>
    </message>
    <message>
        <source>No deadline. Set one with Set Deadline… in its menu.</source>
        <translation>Pas d’échéance. Définissez-en une avec Définir une échéance… dans son menu.</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>needed by, on time</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ⚠ late</source>
        <comment>needed by, late</comment>
        <translation>%1 ⚠ en retard</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire pour</translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsPage</name>
    <message>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal&apos;s SHA-256 checksum.</source>
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
        <translation>
            <numerusform>%n téléchargement restant&#xa0;: %1 sur %2</numerusform>
            <numerusform>%n téléchargements restants&#xa0;: %1 sur %2</numerusform>
        </translation>
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
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download of “%1”? The %2 downloaded so far will be deleted.</source>
        <translation>Annuler le téléchargement de «&#x202f;%1&#x202f;»&#x202f;? Les %2 déjà téléchargés seront supprimés.</translation>
    </message>
    <message>
        <source>Cancel the download (after asking)</source>
        <translation>Annuler le téléchargement (après confirmation)</translation>
    </message>
    <message>
        <source>Pause or resume the download</source>
        <translation>Suspendre ou reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Change &amp;Deadline…</source>
        <translation>Modifier l’&amp;échéance…</translation>
    </message>
    <message>
        <source>Set &amp;Deadline…</source>
        <translation>Définir une &amp;échéance…</translation>
    </message>
    <message>
        <source>&amp;Browse Videos</source>
        <translation>&amp;Parcourir les vidéos</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>Placer en &amp;tête</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Cancel Download…</source>
        <translation>&amp;Annuler le téléchargement…</translation>
    </message>
    <message>
        <source>Download Now</source>
        <translation>Télécharger maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) from saved searches wait for the portal&apos;s conditions of use: download a video from the Videos section once to read and accept them.</source>
        <translation>
            <numerusform>%n téléchargement de recherches enregistrées attend les conditions d’utilisation du portail&#xa0;: téléchargez une fois une vidéo depuis la section Vidéos pour les lire et les accepter.</numerusform>
            <numerusform>%n téléchargements de recherches enregistrées attendent les conditions d’utilisation du portail&#xa0;: téléchargez une fois une vidéo depuis la section Vidéos pour les lire et les accepter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) from saved searches wait until %1, when the bandwidth limit ends.</source>
        <translation>
            <numerusform>%n téléchargement de recherches enregistrées attend jusqu’à %1, quand la limite de débit prend fin.</numerusform>
            <numerusform>%n téléchargements de recherches enregistrées attendent jusqu’à %1, quand la limite de débit prend fin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::FileActions</name>
    <message>
        <source>The file is no longer at “%1”. If it was moved, use Relink missing… to find it; if it was deleted, delete the clip from the library or download it again.</source>
        <translation>Le fichier ne se trouve plus à l’emplacement «&#x202f;%1&#x202f;». S’il a été déplacé, utilisez «&#x202f;Relier les fichiers manquants…&#x202f;» pour le retrouver&#x202f;; s’il a été supprimé, supprimez la séquence de la médiathèque ou téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <source>No file manager could be started to show “%1”. Open that folder yourself, or install a file manager.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être lancé pour afficher «&#x202f;%1&#x202f;». Ouvrez ce dossier vous-même ou installez un gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>No application is set up to open %1 files. Install a player that reads them (VLC or mpv, for example), or use Show in folder and open the file from there.</source>
        <translation>Aucune application n’est configurée pour ouvrir les fichiers %1. Installez un lecteur capable de les lire (VLC ou mpv, par exemple), ou utilisez «&#x202f;Afficher dans le dossier&#x202f;» et ouvrez le fichier à partir de là.</translation>
    </message>
</context>
<context>
    <name>Ui::FirstRunPage</name>
    <message>
        <source>Which portal do you use?</source>
        <translation>Quel portail utilisez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Give the address of your portal&apos;s API, as your portal&apos;s help page or your newsroom&apos;s IT gives it. Multimedia Desk checks that it answers like a portal before keeping it.</source>
        <translation>Indiquez l’adresse de l’API de votre portail, telle que la donnent l’aide du portail ou le service informatique de votre rédaction. Multimedia Desk vérifie qu’elle répond comme un portail avant de la conserver.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Ask the address whether it is a portal</source>
        <translation>Demander à l’adresse si elle est un portail</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Keep this portal (after a successful test)</source>
        <translation>Conserver ce portail (après un test réussi)</translation>
    </message>
    <message>
        <source>Use the &amp;Library Only</source>
        <translation>Utiliser la &amp;médiathèque seule</translation>
    </message>
    <message>
        <source>Work with the clips on this computer; a portal can be set later in the settings.</source>
        <translation>Travailler avec les clips de cet ordinateur&#x202f;; un portail peut être défini plus tard dans la configuration.</translation>
    </message>
    <message>
        <source>The portal is set</source>
        <translation>Le portail est défini</translation>
    </message>
    <message>
        <source>Multimedia Desk starts again to connect to it. How would you like to begin?</source>
        <translation>Multimedia Desk redémarre pour s’y connecter. Par quoi voulez-vous commencer&#x202f;?</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer un compte</translation>
    </message>
    <message>
        <source>&amp;Browse Without an Account</source>
        <translation>&amp;Parcourir sans compte</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>%1 does not answer like a portal: %2</source>
        <translation>%1 ne répond pas comme un portail&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answers like a portal. Save it to use it.</source>
        <translation>%1 répond comme un portail. Enregistrez-le pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>Ui::ForgotPasswordPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié&#x202f;?</translation>
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
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E-mails a code to this address</source>
        <translation>Envoie un code à cette adresse</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Envoi du code…</translation>
    </message>
    <message>
        <source>The portal asks to wait before it sends another code. Try again in %1.</source>
        <translation>Le portail demande d&apos;attendre avant d&apos;envoyer un autre code. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Send Code</source>
        <translation>Envoyer le code</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryFilterBar</name>
    <message>
        <source>Date to filter by</source>
        <translation>Date sur laquelle filtrer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>État du fichier</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la médiathèque</translation>
    </message>
    <message>
        <source>Search titles, descriptions, shot lists, tags, places and notes</source>
        <translation>Rechercher dans les titres, descriptions, listes des plans, mots-clés, lieux et notes</translation>
    </message>
    <message>
        <source>Finds clips with all the words typed, accents and case aside (Ctrl+F; Esc clears)</source>
        <translation>Trouve les séquences contenant tous les mots saisis, sans tenir compte des accents ni de la casse (Ctrl+F&#x202f;; Échap pour effacer)</translation>
    </message>
    <message>
        <source>Clips found</source>
        <translation>Séquences trouvées</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargées</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiées</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>1 clip</source>
        <translation>1 séquence</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clips</source>
        <translation>
            <numerusform>%Ln séquence</numerusform>
            <numerusform>%Ln séquences</numerusform>
        </translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryJobs</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Another library task is running. Wait until it has finished, or cancel it, then try again.</source>
        <translation>Une autre tâche de la médiathèque est en cours. Attendez qu’elle soit terminée ou annulez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>Verifying every clip in the library</source>
        <translation>Vérification de toutes les séquences de la médiathèque</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln clip(s)</source>
        <translation>
            <numerusform>Vérification de %Ln séquence</numerusform>
            <numerusform>Vérification de %Ln séquences</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for missing files in “%1”</source>
        <translation>Recherche des fichiers manquants dans «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Importing needs the portal: it recognises each file by the SHA-256 checksum the portal publishes. Start Multimedia Desk with --portal followed by the portal&apos;s address, or set MMDESK_PORTAL, then try again.</source>
        <translation>L’importation nécessite le portail&#xa0;: chaque fichier est reconnu grâce à la somme de contrôle SHA-256 que publie le portail. Lancez Multimedia Desk avec --portal suivi de l’adresse du portail, ou définissez MMDESK_PORTAL, puis réessayez.</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importation de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Asking the portal for its video catalogue…</source>
        <translation>Demande du catalogue vidéo au portail…</translation>
    </message>
    <message>
        <source>Importing needs the portal, and it could not be reached: %1 Check the network connection and try again.</source>
        <translation>L’importation nécessite le portail, qui n’a pas pu être joint&#xa0;: %1 Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Importing needs the portal&apos;s catalogue, which asks you to sign in first. Sign in under Account, then try again.</source>
        <translation>L’importation nécessite le catalogue du portail, qui demande d’abord de vous connecter. Connectez-vous dans la rubrique Compte, puis réessayez.</translation>
    </message>
    <message>
        <source>The portal&apos;s catalogue could not be read, so nothing was imported: %1</source>
        <translation>Le catalogue du portail n’a pas pu être lu&#x202f;; rien n’a donc été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another library task started meanwhile; try the import again when it has finished.</source>
        <translation>Une autre tâche de la médiathèque a démarré entre-temps&#x202f;; relancez l’importation lorsqu’elle sera terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Recording an ASC MHL generation for %Ln folder(s)</source>
        <translation>
            <numerusform>Enregistrement d’une génération ASC MHL pour %Ln dossier</numerusform>
            <numerusform>Enregistrement d’une génération ASC MHL pour %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder %1 of %2: %3</source>
        <translation>Dossier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added.</source>
        <translation>Importation annulée. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 files so far: %2</source>
        <translation>Fichiers traités jusqu’ici&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>séquence %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Verification finished: %1 verified, %2 missing, %3 damaged.</source>
        <translation>Vérification terminée — vérifiés&#xa0;: %1, manquants&#xa0;: %2, endommagés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A damaged file no longer matches its checksum: download it again, or restore it from a backup.</source>
        <translation>Un fichier endommagé ne correspond plus à sa somme de contrôle&#xa0;: téléchargez-le à nouveau ou restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>If missing files were moved, relink them to their new folder.</source>
        <translation>Si des fichiers manquants ont été déplacés, reliez-les à leur nouveau dossier.</translation>
    </message>
    <message>
        <source>Damaged:</source>
        <translation>Endommagés&#xa0;:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquants&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Relinked %Ln clip(s) to their new place.</source>
        <translation>
            <numerusform>%Ln séquence reliée à son nouvel emplacement.</numerusform>
            <numerusform>%Ln séquences reliées à leur nouvel emplacement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) are still missing: look in another folder, or delete them from the library.</source>
        <translation>
            <numerusform>%Ln séquence est toujours manquante&#xa0;: cherchez dans un autre dossier ou supprimez-la de la médiathèque.</numerusform>
            <numerusform>%Ln séquences sont toujours manquantes&#xa0;: cherchez dans un autre dossier ou supprimez-les de la médiathèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Toujours manquants&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln clip(s) added</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %Ln séquence ajoutée</numerusform>
            <numerusform>Importation terminée&#xa0;: %Ln séquences ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la médiathèque</numerusform>
            <numerusform>%Ln déjà dans la médiathèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are not from the portal (their checksum is not in its catalogue) and were left out.</source>
        <translation>
            <numerusform>%Ln fichier ne provient pas du portail (sa somme de contrôle ne figure pas dans son catalogue) et a été ignoré.</numerusform>
            <numerusform>%Ln fichiers ne proviennent pas du portail (leur somme de contrôle ne figure pas dans son catalogue) et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not from the portal:</source>
        <translation>Ne provenant pas du portail&#xa0;:</translation>
    </message>
    <message>
        <source>Verification cancelled. The clips checked so far show what was found.</source>
        <translation>Vérification annulée. Les séquences déjà contrôlées indiquent ce qui a été constaté.</translation>
    </message>
    <message>
        <source>Verification stopped: %1</source>
        <translation>Vérification interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Relinking cancelled. The clips found so far point to their new place.</source>
        <translation>Recherche des fichiers manquants annulée. Les séquences déjà retrouvées pointent vers leur nouvel emplacement.</translation>
    </message>
    <message>
        <source>Relinking stopped: %1</source>
        <translation>Recherche des fichiers manquants interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled. The clips added so far stay in the library.</source>
        <translation>Importation annulée. Les séquences déjà ajoutées restent dans la médiathèque.</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Importation interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped, nothing written</source>
        <translation>interrompu, rien n’a été écrit</translation>
    </message>
    <message>
        <source>“%1”, generation %2: %3 verified, %4 new, %5 changed or damaged, %6 missing, %7 unreadable</source>
        <translation>«&#x202f;%1&#x202f;», génération %2 — vérifiés&#xa0;: %3, nouveaux&#xa0;: %4, modifiés ou endommagés&#xa0;: %5, manquants&#xa0;: %6, illisibles&#xa0;: %7</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed or damaged</source>
        <translation>modifié ou endommagé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1: left out, its name cannot be recorded</source>
        <translation>  %1&#xa0;: ignoré, son nom ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>ASC MHL: some folders could not be recorded.</source>
        <translation>ASC MHL&#xa0;: certains dossiers n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>ASC MHL generation recorded; some files changed, went missing or could not be read.</source>
        <translation>Génération ASC MHL enregistrée&#x202f;; certains fichiers ont été modifiés, ont disparu ou n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>ASC MHL cancelled.</source>
        <translation>Opération ASC MHL annulée.</translation>
    </message>
    <message>
        <source>ASC MHL generation recorded: every file is as recorded before, or new.</source>
        <translation>Génération ASC MHL enregistrée&#xa0;: chaque fichier est identique à l’enregistrement précédent, ou nouveau.</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryModel</name>
    <message>
        <source>The clip library could not be read: %1</source>
        <translation>Impossible de lire la médiathèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file no longer matches the portal&apos;s SHA-256 checksum: it was changed or damaged.</source>
        <translation>Le fichier ne correspond plus à la somme de contrôle SHA-256 du portail&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>The file is not where the library expects it: relink it or delete the clip.</source>
        <translation>Le fichier ne se trouve pas là où la médiathèque l’attend&#xa0;: reliez-le à nouveau ou supprimez la séquence.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>Ui::LibraryPage</name>
    <message>
        <source>Your library is empty</source>
        <translation>Votre médiathèque est vide</translation>
    </message>
    <message>
        <source>Downloaded clips appear here after their checksum has been verified. Files that came from the portal another way can be added with Import folder…, which recognises them by their checksum.</source>
        <translation>Les séquences téléchargées apparaissent ici une fois leur somme de contrôle vérifiée. Les fichiers provenant du portail par un autre moyen peuvent être ajoutés avec «&#x202f;Importer un dossier…&#x202f;», qui les reconnaît grâce à leur somme de contrôle.</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Opens the file with the application the desktop uses for it</source>
        <translation>Ouvre le fichier avec l’application que le bureau lui associe</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Verify Selected</source>
        <translation>&amp;Vérifier la sélection</translation>
    </message>
    <message>
        <source>Verify &amp;All Clips</source>
        <translation>Vérifier &amp;toutes les séquences</translation>
    </message>
    <message>
        <source>&amp;Relink Missing…</source>
        <translation>&amp;Relier les fichiers manquants…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Export Selection as &amp;CSV…</source>
        <translation>Exporter la sélection en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Selection as &amp;JSON…</source>
        <translation>Exporter la sélection en &amp;JSON…</translation>
    </message>
    <message>
        <source>Write &amp;EBUCore Sidecars</source>
        <translation>Écrire les fichiers sidecar &amp;EBUCore</translation>
    </message>
    <message>
        <source>Writes the portal&apos;s description beside each selected file as &lt;file&gt;.ebucore.xml, for archives and asset managers</source>
        <translation>Écrit la description du portail à côté de chaque fichier sélectionné, sous le nom &lt;fichier&gt;.ebucore.xml, pour les archives et les systèmes de gestion des médias</translation>
    </message>
    <message>
        <source>Add ASC &amp;MHL Generation</source>
        <translation>Ajouter une génération ASC &amp;MHL</translation>
    </message>
    <message>
        <source>Records the checksums of every file in the selected clips&apos; folders in their ASC MHL history (an “ascmhl” folder), and reports what changed since the last record</source>
        <translation>Enregistre les sommes de contrôle de tous les fichiers des dossiers des séquences sélectionnées dans leur historique ASC MHL (un dossier «&#x202f;ascmhl&#x202f;»), et signale ce qui a changé depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation>Actions de la médiathèque</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Contrôler</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>No clips found</source>
        <translation>Aucune séquence trouvée</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>No clip matches “%1” with the filters chosen. Clear the filters to search the whole library.</source>
        <translation>Aucune séquence ne correspond à «&#x202f;%1&#x202f;» avec les filtres choisis. Effacez les filtres pour chercher dans toute la médiathèque.</translation>
    </message>
    <message>
        <source>No clip matches “%1”. Check the spelling, or try fewer or shorter words: every word typed must appear in the clip.</source>
        <translation>Aucune séquence ne correspond à «&#x202f;%1&#x202f;». Vérifiez l’orthographe, ou essayez avec moins de mots ou des mots plus courts&#xa0;: chaque mot saisi doit figurer dans la séquence.</translation>
    </message>
    <message>
        <source>No clip matches the filters chosen.</source>
        <translation>Aucune séquence ne correspond aux filtres choisis.</translation>
    </message>
    <message>
        <source>Play the clip in the preview player (Space)</source>
        <translation>Lire la séquence dans le lecteur d’aperçu (Espace)</translation>
    </message>
    <message>
        <source>Playing in Multimedia Desk is not available yet: use Open to play the file with another application</source>
        <translation>La lecture dans Multimedia Desk n’est pas encore disponible&#xa0;: utilisez «&#x202f;Ouvrir&#x202f;» pour lire le fichier avec une autre application</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Impossible de lire les collections&#xa0;: %1</translation>
    </message>
    <message>
        <source>The clip could not be read from the library: %1</source>
        <translation>Impossible de lire la séquence dans la médiathèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not where the library expects it. If it was moved, use Relink missing… to find it.</source>
        <translation>«&#x202f;%1&#x202f;» ne se trouve pas là où la médiathèque l’attend. S’il a été déplacé, utilisez «&#x202f;Relier les fichiers manquants…&#x202f;» pour le retrouver.</translation>
    </message>
    <message>
        <source>Choose the folder the missing files were moved to</source>
        <translation>Choisissez le dossier dans lequel les fichiers manquants ont été déplacés</translation>
    </message>
    <message>
        <source>Choose a folder of clips from the portal to import</source>
        <translation>Choisissez un dossier de séquences du portail à importer</translation>
    </message>
    <message>
        <source>Export selection as CSV</source>
        <translation>Exporter la sélection en CSV</translation>
    </message>
    <message>
        <source>Export selection as JSON</source>
        <translation>Exporter la sélection en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>clips.csv</source>
        <translation>sequences.csv</translation>
    </message>
    <message>
        <source>clips.json</source>
        <translation>sequences.json</translation>
    </message>
    <message>
        <source>Relink Missing…</source>
        <translation>Relier les fichiers manquants…</translation>
    </message>
    <message>
        <source>Open the clip&apos;s file</source>
        <translation>Ouvrir le fichier de la séquence</translation>
    </message>
    <message>
        <source>Deliver to &amp;Watch Folder</source>
        <translation>Livrer dans le dossier de &amp;dépôt</translation>
    </message>
    <message>
        <source>Not delivered to the watch folder: %1</source>
        <translation>Non livré dans le dossier de dépôt&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n clip(s) to %1…</source>
        <translation>
            <numerusform>Copie de %n clip vers %1…</numerusform>
            <numerusform>Copie de %n clips vers %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to the watch folder: %1</source>
        <translation>Livré dans le dossier de dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deliveries are not available: the library opened without the download queue</source>
        <translation>Les livraisons ne sont pas disponibles&#xa0;: la bibliothèque a été ouverte sans la file de téléchargements</translation>
    </message>
    <message>
        <source>No watch folder is set: choose one in Settings → Configure Multimedia Desk… (Deliver verified files to)</source>
        <translation>Aucun dossier de dépôt n’est défini&#xa0;: choisissez-en un dans Configuration → Configurer Multimedia Desk… (Livrer les fichiers vérifiés dans)</translation>
    </message>
    <message>
        <source>Select the clips to deliver</source>
        <translation>Sélectionnez les clips à livrer</translation>
    </message>
    <message>
        <source>Copies the selected clips, verified, to %1</source>
        <translation>Copie les clips sélectionnés, vérifiés, vers %1</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Write EBUCore &amp;Sidecars for New Downloads</source>
        <translation>Écrire les fichiers &amp;sidecar EBUCore des nouveaux téléchargements</translation>
    </message>
    <message>
        <source>Puts “file.ebucore.xml” with the portal&apos;s description beside every new download.</source>
        <translation>Place « fichier.ebucore.xml », avec la description du portail, à côté de chaque nouveau téléchargement.</translation>
    </message>
    <message>
        <source>Keep ASC MHL &amp;Hash Histories in Download Folders</source>
        <translation>Tenir l’&amp;historique des empreintes ASC MHL des dossiers de téléchargement</translation>
    </message>
    <message>
        <source>Adds a generation to the folder&apos;s ascmhl history after every new download.</source>
        <translation>Ajoute une génération à l’historique ascmhl du dossier après chaque nouveau téléchargement.</translation>
    </message>
    <message>
        <source>The clip is no longer in the library.</source>
        <translation>La séquence n’est plus dans la médiathèque.</translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation>%1 — Aperçu</translation>
    </message>
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
        <translation>Aucun portail défini&#xa0;: lancez avec --portal URL, ou définissez MMDESK_PORTAL.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail&#xa0;: %1</translation>
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
        <translation>A&amp;ller à</translation>
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
        <source>The portal&apos;s video catalogue appears here with thumbnails, shot lists and the technical details of every rendition, so that you can preview a clip before you download it.</source>
        <translation>Le catalogue vidéo du portail apparaît ici avec les vignettes, les listes des plans et les caractéristiques techniques de chaque version, pour prévisualiser une séquence avant de la télécharger.</translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation>Aucun téléchargement</translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal&apos;s SHA-256 checksum.</source>
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
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1&#xa0;: connecté en tant que %2</translation>
    </message>
    <message>
        <source>Download &amp;Folder…</source>
        <translation>&amp;Dossier de téléchargement…</translation>
    </message>
    <message>
        <source>Where renditions queued from the Videos section are saved.</source>
        <translation>Dossier où sont enregistrées les versions mises en file d’attente depuis la rubrique Vidéos.</translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>Cannot write to %1. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire dans %1. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>New downloads go to %1.</source>
        <translation>Les nouveaux téléchargements seront enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The portal offers no preview of “%1”.</source>
        <translation>Le portail ne propose pas d’aperçu de «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1</source>
        <translation>⚠ Non chiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This portal is reached over plain http: your password, your sign-in and what you download cross the network unencrypted. Use its https:// address if it has one.</source>
        <translation>Ce portail est joint en http sans chiffrement&#xa0;: votre mot de passe, votre connexion et vos téléchargements traversent le réseau en clair. Utilisez son adresse https:// s&apos;il en a une.</translation>
    </message>
    <message>
        <source>Warning: the portal connection is not encrypted</source>
        <translation>Attention&#xa0;: la connexion au portail n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Multimedia Desk…</source>
        <translation>&amp;Configurer Multimedia Desk…</translation>
    </message>
    <message>
        <source>Settings saved. Some are used from the next start.</source>
        <translation>Configuration enregistrée. Certains réglages s’appliqueront au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuration enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Preview player</source>
        <translation>Lecteur d’aperçu</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors connexion</translation>
    </message>
    <message>
        <source>Ask nothing of the network: read what is kept on this computer; downloads wait and go on when you work online again.</source>
        <translation>Ne rien demander au réseau&#xa0;: lire ce qui est conservé sur cet ordinateur&#x202f;; les téléchargements attendent et reprennent quand vous travaillez de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The preview of “%1” streams from the portal, and Multimedia Desk is working offline. Turn off File → Work Offline to watch it.</source>
        <translation>L’aperçu de «&#x202f;%1&#x202f;» est diffusé depuis le portail, et Multimedia Desk travaille hors connexion. Désactivez Fichier → Travailler hors connexion pour le regarder.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign in or create an account, Multimedia Desk needs the address of your portal: give it in Settings → Configure Multimedia Desk… → Portal address and start again, or start with --portal followed by the portal&apos;s API address, for example https://portal.example.org/api/v1.</source>
        <translation>Pour vous connecter ou créer un compte, Multimedia Desk a besoin de l’adresse de votre portail&#xa0;: indiquez-la dans Configuration → Configurer Multimedia Desk… → Adresse du portail puis redémarrez, ou lancez-le avec --portal suivi de l’adresse de l’API du portail, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Needs the portal&apos;s catalogue (the Videos section)</source>
        <translation>Nécessite le catalogue du portail (la section Vidéos)</translation>
    </message>
    <message>
        <source>Applies to the Videos section: open it first (Ctrl+2)</source>
        <translation>S’applique à la section Vidéos&#xa0;: ouvrez-la d’abord (Ctrl+2)</translation>
    </message>
    <message>
        <source>Zoom sizes the cards of the grid: choose View → Grid</source>
        <translation>Le zoom règle la taille des cartes de la grille&#xa0;: choisissez Affichage → Grille</translation>
    </message>
</context>
<context>
    <name>Ui::MessageBar</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Ui::NewPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
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
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
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
        <translation>Le portail a refusé ce mot de passe. Il manque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>Le mot de passe n’a pas été changé.</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>Ui::NewsModel</name>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Discours</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Unread: </source>
        <translation>Non lu&#xa0;: </translation>
    </message>
    <message>
        <source>, starred</source>
        <translation>, suivi</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>Ui::NewsPage</name>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Non lus</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>S&amp;uivis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Search the news (accents and case ignored)</source>
        <translation>Rechercher dans les actualités (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind of article</source>
        <translation>Type d’article</translation>
    </message>
    <message>
        <source>Fetch what changed on the portal (F5)</source>
        <translation>Récupérer ce qui a changé sur le portail (F5)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation>&amp;Copier la citation</translation>
    </message>
    <message>
        <source>Copy the selected text with its title, source, date and link (Ctrl+Shift+C)</source>
        <translation>Copier le texte sélectionné avec son titre, sa source, sa date et son lien (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Fetching the news from the portal…</source>
        <translation>Récupération des actualités depuis le portail…</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached and no news was kept yet.</source>
        <translation>Hors ligne&#xa0;: le portail est injoignable et aucune actualité n’a encore été conservée.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add &amp;Feed…</source>
        <translation>Ajouter un &amp;flux…</translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed beside the portal&apos;s news</source>
        <translation>Suivre un flux RSS ou Atom à côté des actualités du portail</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the article with its source as Markdown or PDF</source>
        <translation>Enregistrer l’article avec sa source en Markdown ou en PDF</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exporter l’article</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep this search: after each sync you are told what is new for it</source>
        <translation>Garder cette recherche : après chaque synchronisation, vous apprenez ce qui est nouveau pour elle</translation>
    </message>
    <message>
        <source>Search the news</source>
        <translation>Rechercher dans les actualités</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus seulement</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Suivis seulement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Add Feed…</source>
        <translation>Ajouter un flux…</translation>
    </message>
    <message>
        <source>Copy Quote</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>Star or unstar the article</source>
        <translation>Marquer l’article d’une étoile ou retirer l’étoile</translation>
    </message>
    <message>
        <source>Mark the article read or unread</source>
        <translation>Marquer l’article comme lu ou non lu</translation>
    </message>
    <message>
        <source>Copy the selected text as a quote with its source</source>
        <translation>Copier le texte sélectionné comme citation, avec sa source</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Working offline: showing the news as of %1.</source>
        <translation>Travail hors ligne&#xa0;: actualités telles qu’au %1.</translation>
    </message>
    <message>
        <source>Working offline: no news was kept yet.</source>
        <translation>Travail hors ligne&#xa0;: aucune actualité n’a encore été conservée.</translation>
    </message>
    <message>
        <source>Work Online</source>
        <translation>Travailler en ligne</translation>
    </message>
    <message>
        <source>Offline: showing the news as of %1. The portal could not be reached.</source>
        <translation>Hors ligne&#xa0;: actualités telles qu’au %1. Le portail est injoignable.</translation>
    </message>
</context>
<context>
    <name>Ui::NewsReader</name>
    <message>
        <source>Picture not available offline</source>
        <translation>Image non disponible hors ligne</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour le %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Related videos</source>
        <translation>Vidéos associées</translation>
    </message>
    <message>
        <source>Open video %1</source>
        <translation>Ouvrir la vidéo %1</translation>
    </message>
    <message>
        <source>Read on the web</source>
        <translation>Lire sur le web</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
    <message>
        <source>Source: %1, %2. %3</source>
        <translation>Source&#xa0;: %1, %2. %3</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit : %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
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
        <translation>Un symbole, par exemple&#x202f;!&#x202f;? # ou %</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Respectée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Non respectée&#xa0;: %1</translation>
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
    <name>Ui::PathField</name>
    <message>
        <source>Copy the whole path</source>
        <translation>Copier le chemin complet</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>Ui::PlayerActions</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Shuttle reverse</source>
        <translation>Défilement rapide arrière</translation>
    </message>
    <message>
        <source>Stop shuttle and pause</source>
        <translation>Arrêter le défilement et mettre en pause</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>Défilement rapide avant</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Reculer d’une seconde</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Avancer d’une seconde</translation>
    </message>
    <message>
        <source>Go to first frame</source>
        <translation>Aller à la première image</translation>
    </message>
    <message>
        <source>Go to last frame</source>
        <translation>Aller à la dernière image</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Save frame as PNG…</source>
        <translation>Enregistrer l’image en PNG…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Copy shots for script</source>
        <translation>Copier les plans pour le conducteur</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>Marquer l’entrée</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>Marquer la sortie</translation>
    </message>
    <message>
        <source>Clear in and out</source>
        <translation>Effacer l’entrée et la sortie</translation>
    </message>
    <message>
        <source>Copy in and out timecodes</source>
        <translation>Copier les codes temporels d’entrée et de sortie</translation>
    </message>
    <message>
        <source>Save frame with caption…</source>
        <translation>Enregistrer l’image avec légende…</translation>
    </message>
</context>
<context>
    <name>Ui::PlayerControls</name>
    <message>
        <source>Position in the clip</source>
        <translation>Position dans la séquence</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>Code temporel</translation>
    </message>
    <message>
        <source>Shuttle speed</source>
        <translation>Vitesse de défilement</translation>
    </message>
    <message>
        <source>Clip format</source>
        <translation>Format de la séquence</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>In and out points</source>
        <translation>Points d’entrée et de sortie</translation>
    </message>
    <message>
        <source>Set with I and O; Ctrl+Shift+C copies them, Ctrl+Shift+X clears them</source>
        <translation>Placés avec I et O&#xa0;; Ctrl+Maj+C les copie, Ctrl+Maj+X les efface</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download a broadcast rendition of this video</source>
        <translation>Télécharger une version diffusion de cette vidéo</translation>
    </message>
</context>
<context>
    <name>Ui::PlayerMessage</name>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Ui::PlayerStage</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>Ui::PreviewPlayer</name>
    <message>
        <source>The clip is playing full screen. Press Esc or F to bring it back here.</source>
        <translation>La séquence est lue en plein écran. Appuyez sur Échap ou F pour la ramener ici.</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1&#xa0;i/s</translation>
    </message>
    <message>
        <source>interlaced</source>
        <translation>entrelacé</translation>
    </message>
    <message>
        <source>drop-frame</source>
        <translation>drop frame</translation>
    </message>
    <message>
        <source>The clip could not be played.</source>
        <translation>Impossible de lire la séquence.</translation>
    </message>
    <message>
        <source>The clip could not be played</source>
        <translation>Impossible de lire la séquence</translation>
    </message>
    <message>
        <source>Checking the connection to the media server…</source>
        <translation>Vérification de la connexion au serveur de médias…</translation>
    </message>
    <message>
        <source>▶▶ %1×</source>
        <translation>▶▶ %1×</translation>
    </message>
    <message>
        <source>◀◀ %1×</source>
        <translation>◀◀ %1×</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>Il n’y a pas encore d’image à enregistrer.</translation>
    </message>
    <message>
        <source>Save frame as PNG</source>
        <translation>Enregistrer l’image en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save frame</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>Frame saved as %1</source>
        <translation>Image enregistrée sous %1</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>A low-bitrate preview streamed from the portal, not the broadcast file: download a rendition for that</source>
        <translation>Un aperçu à faible débit diffusé par le portail, pas le fichier de diffusion&#xa0;: téléchargez une version pour cela</translation>
    </message>
    <message>
        <source>IN %1</source>
        <translation>IN %1</translation>
    </message>
    <message>
        <source>OUT %1</source>
        <translation>OUT %1</translation>
    </message>
    <message>
        <source>DUR %1</source>
        <translation>DUR %1</translation>
    </message>
    <message>
        <source>No in or out point to copy: set them with I and O.</source>
        <translation>Aucun point d’entrée ou de sortie à copier&#xa0;: placez-les avec I et O.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save frame with caption</source>
        <translation>Enregistrer l’image avec légende</translation>
    </message>
</context>
<context>
    <name>Ui::RegisterPage</name>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Send me the portal&apos;s &amp;newsletter</source>
        <translation>Recevoir la &amp;lettre d’information du portail</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>J’ai déjà un compte</translation>
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
        <translation>Facultatif&#xa0;: la rédaction ou l’entreprise pour laquelle vous travaillez</translation>
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
        <translation>Facultatif&#xa0;: les nouvelles du portail par e-mail&#x202f;; vous pouvez vous désabonner à tout moment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the portal&apos;s e-mails to you</source>
        <translation>La langue des e-mails que le portail vous envoie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
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
        <extracomment>The code of the language of this translation: &quot;fr&quot; in French. It chooses the default language of a new account.</extracomment>
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
        <translation>Il manque encore&#xa0;: %1.</translation>
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
        <translation>Le portail a refusé ce mot de passe. Il manque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The account was not created: see the notes next to the fields.</source>
        <translation>Le compte n’a pas été créé&#xa0;: voyez les remarques à côté des champs.</translation>
    </message>
    <message>
        <source>Send me the portal&apos;s newsletter</source>
        <translation>Recevoir la lettre d’information du portail</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation>Mot de passe oublié&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Ui::ResetDonePage</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Goes back to where you were before resetting the password</source>
        <translation>Revient là où vous étiez avant de réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Password updated</source>
        <translation>Mot de passe mis à jour</translation>
    </message>
    <message>
        <source>Your password has been updated. Every device that was signed in to %1 has been signed out; sign in again with the new password.</source>
        <translation>Votre mot de passe a été mis à jour. Tous les appareils connectés à %1 ont été déconnectés ; reconnectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::SaveSearchDialog</name>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>After each sync you are told what is new for this search.</source>
        <translation>Après chaque synchronisation, vous apprenez ce qui est nouveau pour cette recherche.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Only tell me</source>
        <translation>Seulement me prévenir</translation>
    </message>
    <message>
        <source>Download the best rendition</source>
        <translation>Télécharger la meilleure version</translation>
    </message>
    <message>
        <source>Download the largest MXF</source>
        <translation>Télécharger le plus grand MXF</translation>
    </message>
    <message>
        <source>Download the largest MOV</source>
        <translation>Télécharger le plus grand MOV</translation>
    </message>
    <message>
        <source>Download the largest MP4</source>
        <translation>Télécharger le plus grand MP4</translation>
    </message>
    <message>
        <source>New &amp;videos:</source>
        <translation>Nouvelles &amp;vidéos :</translation>
    </message>
    <message>
        <source>Name of the saved search</source>
        <translation>Nom de la recherche enregistrée</translation>
    </message>
    <message>
        <source>What to do with new videos</source>
        <translation>Suite à donner aux nouvelles vidéos</translation>
    </message>
    <message>
        <source>Largest &amp;picture:</source>
        <translation>Plus grande &amp;image&#xa0;:</translation>
    </message>
    <message>
        <source>Largest picture downloaded</source>
        <translation>Plus grande image téléchargée</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Plus gros &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Largest file downloaded, in gigabytes</source>
        <translation>Plus gros fichier téléchargé, en gigaoctets</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toute taille</translation>
    </message>
    <message>
        <source> GB</source>
        <translation>&#xa0;Go</translation>
    </message>
    <message>
        <source>Renditions larger than this are passed over (1 GB = 1,000,000,000 bytes).</source>
        <translation>Les versions plus grosses sont écartées (1&#xa0;Go = 1&#x202f;000&#x202f;000&#x202f;000 octets).</translation>
    </message>
    <message>
        <source>Download only in the hours &amp;without a bandwidth limit</source>
        <translation>Télécharger seulement aux heures &amp;sans limite de débit</translation>
    </message>
    <message>
        <source>New videos wait for the hours the bandwidth limit (Settings) leaves unlimited, such as the night. Without such hours they download at once.</source>
        <translation>Les nouvelles vidéos attendent les heures que la limite de débit (Configuration) laisse libres, comme la nuit. Sans de telles heures, elles se téléchargent aussitôt.</translation>
    </message>
</context>
<context>
    <name>Ui::ScriptBlock</name>
    <message>
        <source>IN %1</source>
        <translation>IN %1</translation>
    </message>
    <message>
        <source>IN %1 OUT %2</source>
        <translation>IN %1 OUT %2</translation>
    </message>
    <message>
        <source>%1 DUR %2</source>
        <translation>%1 DUR %2</translation>
    </message>
    <message>
        <source>unnamed speaker</source>
        <translation>intervenant non nommé</translation>
    </message>
    <message>
        <source>SOUNDBITE %1</source>
        <translation>SONORE %1</translation>
    </message>
    <message>
        <source>SOUNDBITE %1 (%2)</source>
        <translation>SONORE %1 (%2)</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>Conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Dur</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Shot or quote</source>
        <translation>Plan ou citation</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Configure Multimedia Desk</source>
        <translation>Configurer Multimedia Desk</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Nothing was saved. %1: %2</source>
        <translation>Rien n’a été enregistré. %1 : %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>%1 does not answer like a portal: %2</source>
        <translation>%1 ne répond pas comme un portail : %2</translation>
    </message>
    <message>
        <source>%1 answers like a portal.</source>
        <translation>%1 répond comme un portail.</translation>
    </message>
    <message>
        <source>Test the connection to the portal</source>
        <translation>Tester la connexion au portail</translation>
    </message>
    <message>
        <source>The portal address, answer size, connections and proxy are used from the next start.</source>
        <translation>L’adresse du portail, la taille des réponses, les connexions et le proxy s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Choose a folder: %1</source>
        <translation>Choisir un dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Ui::ShotlistModel</name>
    <message>
        <source>unnamed speaker</source>
        <translation>intervenant non identifié</translation>
    </message>
    <message>
        <source>Soundbite — %1 (%2): %3</source>
        <translation>Extrait sonore — %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Soundbite — %1: %2</source>
        <translation>Extrait sonore — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Click to go to %1</source>
        <translation>Cliquez pour aller à %1</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>De %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Lecture en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>Ui::ShotlistPanel</name>
    <message>
        <source>This clip has no shot list.</source>
        <translation>Cette séquence n’a pas de liste des plans.</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>Liste des plans</translation>
    </message>
    <message>
        <source>Copy for Script</source>
        <translation>Copier pour le conducteur</translation>
    </message>
    <message>
        <source>Copy the selected shots, or all of them, with timecodes, durations, speakers, credit and terms (Ctrl+C in the list)</source>
        <translation>Copier les plans sélectionnés, ou tous, avec codes temporels, durées, intervenants, crédit et conditions (Ctrl+C dans la liste)</translation>
    </message>
</context>
<context>
    <name>Ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
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
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
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
        <translation>Votre connexion a pris fin&#xa0;: %1 Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation>Mot de passe oublié&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Ui::SignedInPage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Send me the portal&apos;s &amp;newsletter</source>
        <translation>Recevoir la &amp;lettre d’information du portail</translation>
    </message>
    <message>
        <source>No keychain is available, so this sign-in lasts only until Multimedia Desk closes. Start the system keychain (GNOME Keyring or KWallet) to stay signed in.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: cette connexion ne durera que jusqu’à la fermeture de Multimedia Desk. Démarrez le trousseau du système (GNOME Keyring ou KWallet) pour rester connecté.</translation>
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
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>News of the portal by e-mail; the change is saved at once</source>
        <translation>Les nouvelles du portail par e-mail&#x202f;; le changement est enregistré immédiatement</translation>
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
        <translation>Votre choix concernant la lettre d’information n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Send me the portal&apos;s newsletter</source>
        <translation>Recevoir la lettre d’information du portail</translation>
    </message>
    <message>
        <source>Change Password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>Ui::StatusIndicators</name>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation>Le portail répond.</translation>
    </message>
    <message>
        <source>○ Offline since %1</source>
        <translation>○ Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>The portal cannot be reached. What is kept on this computer can still be read; downloads go on by themselves once it answers again.</source>
        <translation>Le portail est injoignable. Ce qui est conservé sur cet ordinateur reste consultable&#x202f;; les téléchargements reprennent d’eux-mêmes dès qu’il répond de nouveau.</translation>
    </message>
    <message>
        <source>⊘ Working offline</source>
        <translation>⊘ Hors connexion</translation>
    </message>
    <message>
        <source>Nothing is asked of the network; downloads wait. Turn off File → Work Offline to connect.</source>
        <translation>Rien n’est demandé au réseau&#x202f;; les téléchargements attendent. Désactivez Fichier → Travailler hors connexion pour vous connecter.</translation>
    </message>
    <message>
        <source>Click to open Downloads.</source>
        <translation>Cliquez pour ouvrir Téléchargements.</translation>
    </message>
    <message>
        <source>%1. Click to open Downloads.</source>
        <translation>%1. Cliquez pour ouvrir Téléchargements.</translation>
    </message>
</context>
<context>
    <name>Ui::TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <source>Stops the task; what it finished so far is kept</source>
        <translation>Arrête la tâche&#x202f;; ce qui a déjà été fait est conservé</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Annuler la tâche</translation>
    </message>
</context>
<context>
    <name>Ui::TransferTotals</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No downloads running</source>
        <translation>Aucun téléchargement en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) at %1</source>
        <translation>
            <numerusform>%n téléchargement à %1</numerusform>
            <numerusform>%n téléchargements à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n téléchargement en échec</numerusform>
            <numerusform>%n téléchargements en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Multimedia Desk is still downloading</source>
        <translation>Multimedia Desk poursuit les téléchargements</translation>
    </message>
    <message>
        <source>The downloads go on in the background. Click this icon to open the window, or choose Quit in its menu to stop them.</source>
        <translation>Les téléchargements continuent en arrière-plan. Cliquez sur cette icône pour rouvrir la fenêtre, ou choisissez «&#x202f;Quitter&#x202f;» dans son menu pour les arrêter.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Hide Multimedia Desk</source>
        <translation>&amp;Masquer Multimedia Desk</translation>
    </message>
    <message>
        <source>&amp;Show Multimedia Desk</source>
        <translation>&amp;Afficher Multimedia Desk</translation>
    </message>
    <message>
        <source>Multimedia Desk</source>
        <translation>Multimedia Desk</translation>
    </message>
    <message>
        <source>Multimedia Desk — %1</source>
        <translation>Multimedia Desk — %1</translation>
    </message>
</context>
<context>
    <name>Ui::VideoDetailPane</name>
    <message>
        <source>Video details</source>
        <translation>Détails de la vidéo</translation>
    </message>
    <message>
        <source>Select a video to see its shot list, its renditions and how to use it.</source>
        <translation>Sélectionnez une vidéo pour afficher sa liste des plans, ses versions et ses conditions d’utilisation.</translation>
    </message>
    <message>
        <source>Loading the video’s details…</source>
        <translation>Chargement des détails de la vidéo…</translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation>Vignette de %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Play the low-resolution preview</source>
        <translation>Lire l’aperçu en basse résolution</translation>
    </message>
    <message>
        <source>The portal offers no preview of this video.</source>
        <translation>Le portail ne propose pas d’aperçu de cette vidéo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>Liste des plans</translation>
    </message>
    <message>
        <source>The portal gives no shot list for this video.</source>
        <translation>Le portail ne fournit pas de liste des plans pour cette vidéo.</translation>
    </message>
    <message>
        <source>Renditions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>The portal offers no downloadable rendition of this video.</source>
        <translation>Le portail ne propose aucune version téléchargeable de cette vidéo.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Download %1</source>
        <translation>&amp;Télécharger %1</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>⚠ Restricted use</source>
        <translation>⚠ Usage restreint</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Raster</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message numerus="yes">
        <source>Shot list (%n)</source>
        <translation>
            <numerusform>Liste des plans (%n)</numerusform>
            <numerusform>Liste des plans (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the shot list</source>
        <translation>Afficher ou masquer la liste des plans</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>i/s</translation>
    </message>
    <message>
        <source>i</source>
        <comment>interlaced scan</comment>
        <translation>i</translation>
    </message>
    <message>
        <source>p</source>
        <comment>progressive scan</comment>
        <translation>p</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Ui::VideoDownloads</name>
    <message>
        <source>“%1” could not be added to the download queue. The queue did not answer; the log file says why.</source>
        <translation>Impossible d’ajouter «&#x202f;%1&#x202f;» à la file de téléchargement. La file n’a pas répondu&#x202f;; le fichier journal en indique la raison.</translation>
    </message>
    <message>
        <source>Downloads are not available because no portal is set.</source>
        <translation>Les téléchargements ne sont pas disponibles, car aucun portail n’est défini.</translation>
    </message>
    <message>
        <source>“%1” will be queued as soon as your sign-in has been renewed.</source>
        <translation>«&#x202f;%1&#x202f;» sera mis en file d’attente dès que votre connexion aura été renouvelée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in to download “%1”. It will be queued as soon as you are signed in.</source>
        <translation>Connectez-vous pour télécharger «&#x202f;%1&#x202f;». Le téléchargement sera mis en file d’attente dès que vous serez connecté.</translation>
    </message>
    <message>
        <source>“%1” cannot be downloaded: the folder %2 cannot be created. Check that the disk is there and that you may write to it.</source>
        <translation>Impossible de télécharger «&#x202f;%1&#x202f;»&#xa0;: le dossier %2 ne peut pas être créé. Vérifiez que le disque est bien présent et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>“%1” is already in the download queue.</source>
        <translation>«&#x202f;%1&#x202f;» figure déjà dans la file de téléchargement.</translation>
    </message>
    <message>
        <source>Adding “%1” to the download queue…</source>
        <translation>Ajout de «&#x202f;%1&#x202f;» à la file de téléchargement…</translation>
    </message>
    <message>
        <source>“%1” is in the download queue. It will be saved in %2.</source>
        <translation>«&#x202f;%1&#x202f;» figure dans la file de téléchargement. Le fichier sera enregistré dans %2.</translation>
    </message>
    <message>
        <source>Checking the portal&apos;s conditions of use…</source>
        <translation>Vérification des conditions d’utilisation du portail…</translation>
    </message>
    <message>
        <source>“%1” was not queued: the portal&apos;s conditions of use could not be read. %2</source>
        <translation>« %1 » n’a pas été ajouté à la file : les conditions d’utilisation du portail n’ont pas pu être lues. %2</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>“%1” will be queued once you accept the portal&apos;s conditions of use.</source>
        <translation>« %1 » sera ajouté à la file dès que vous aurez accepté les conditions d’utilisation du portail.</translation>
    </message>
    <message>
        <source>“%1” was not queued. %2</source>
        <translation>« %1 » n’a pas été ajouté à la file. %2</translation>
    </message>
    <message>
        <source>“%1” was not queued: downloads need the portal&apos;s conditions of use accepted.</source>
        <translation>« %1 » n’a pas été ajouté à la file : les téléchargements demandent d’accepter les conditions d’utilisation du portail.</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Relire</translation>
    </message>
</context>
<context>
    <name>Ui::VideoFilterBar</name>
    <message>
        <source>Published from</source>
        <translation>Publiées à partir du</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publiées jusqu’au</translation>
    </message>
    <message>
        <source>Search titles, descriptions, shot lists…</source>
        <translation>Rechercher dans les titres, descriptions, listes des plans…</translation>
    </message>
    <message>
        <source>Search videos</source>
        <translation>Rechercher des vidéos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show thumbnails</source>
        <translation>Afficher les vignettes</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show a table with a row per video</source>
        <translation>Afficher un tableau avec une ligne par vidéo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the portal for what is new (F5)</source>
        <translation>Demander les nouveautés au portail (F5)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Keep this search: after each sync you are told what is new for it</source>
        <translation>Garder cette recherche : après chaque synchronisation, vous apprenez ce qui est nouveau pour elle</translation>
    </message>
    <message>
        <source>Search the videos</source>
        <translation>Rechercher dans les vidéos</translation>
    </message>
</context>
<context>
    <name>Ui::VideoFormat</name>
    <message>
        <source>%1 fps</source>
        <translation>%1&#xa0;i/s</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1&#xa0;Mbit/s</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1&#xa0;kbit/s</translation>
    </message>
    <message>
        <source>PCM</source>
        <translation>PCM</translation>
    </message>
    <message>
        <source>PCM %1-bit</source>
        <translation>PCM %1&#xa0;bits</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 interlaced</source>
        <translation>%1 entrelacé</translation>
    </message>
    <message>
        <source>%1 progressive</source>
        <translation>%1 progressif</translation>
    </message>
</context>
<context>
    <name>Ui::VideoStates</name>
    <message>
        <source>✓ In library</source>
        <translation>✓ Dans la bibliothèque</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>↓ Downloading</source>
        <translation>↓ Téléchargement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Dans la bibliothèque</translation>
    </message>
    <message>
        <source>In the library, verified</source>
        <translation>Dans la bibliothèque, vérifié</translation>
    </message>
    <message>
        <source>Downloading, %1</source>
        <translation>Téléchargement, %1</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
</context>
<context>
    <name>Ui::VideosModel</name>
    <message>
        <source>%1, published %2, %3</source>
        <translation>%1, publiée le %2, %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Ui::VideosPage</name>
    <message>
        <source>%1 The catalogue can be browsed only while the portal answers.</source>
        <translation>%1 Le catalogue ne peut être consulté que lorsque le portail répond.</translation>
    </message>
    <message>
        <source>Downloads are not available because no portal is set.</source>
        <translation>Les téléchargements ne sont pas disponibles, car aucun portail n’est défini.</translation>
    </message>
    <message>
        <source>The catalogue kept for offline use could not be brought up to date: %1</source>
        <translation>Impossible de mettre à jour le catalogue conservé pour une utilisation hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>Aucune vidéo ne correspond</translation>
    </message>
    <message>
        <source>No video matches these words, this tag and these dates. Try other words, another tag or a wider date range.</source>
        <translation>Aucune vidéo ne correspond à ces mots, à ce mot-clé et à ces dates. Essayez d’autres mots, un autre mot-clé ou une période plus large.</translation>
    </message>
    <message>
        <source>&amp;Clear the filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>Aucune vidéo pour le moment</translation>
    </message>
    <message>
        <source>The portal&apos;s video catalogue appears here with thumbnails, shot lists and the technical details of every rendition, so that you can preview a clip before you download it.</source>
        <translation>Le catalogue vidéo du portail apparaît ici avec les vignettes, les listes des plans et les caractéristiques techniques de chaque version, afin que vous puissiez prévisualiser une séquence avant de la télécharger.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The portal could not be reached, and no videos have been kept on this computer yet. Check the network connection, then try again.</source>
        <translation>Impossible de joindre le portail, et aucune vidéo n’a encore été conservée sur cet ordinateur. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message>
        <source>Videos: %1</source>
        <translation>Vidéos&#xa0;: %1</translation>
    </message>
    <message>
        <source>Videos: %1 so far; scroll down for more</source>
        <translation>Vidéos&#xa0;: %1 pour l’instant&#x202f;; faites défiler vers le bas pour en afficher davantage</translation>
    </message>
    <message>
        <source>Updating the catalogue kept for offline use…</source>
        <translation>Mise à jour du catalogue conservé pour une utilisation hors ligne…</translation>
    </message>
    <message>
        <source>Offline — showing the catalogue as of %1. The portal could not be reached.</source>
        <translation>Hors ligne — affichage du catalogue tel qu’il était le %1. Impossible de joindre le portail.</translation>
    </message>
    <message>
        <source>Offline — showing the videos kept on this computer. The portal could not be reached.</source>
        <translation>Hors ligne — affichage des vidéos conservées sur cet ordinateur. Impossible de joindre le portail.</translation>
    </message>
    <message>
        <source>The portal could not list the videos: %1 Showing the videos kept on this computer.</source>
        <translation>Le portail n’a pas pu fournir la liste des vidéos&#xa0;: %1 Affichage des vidéos conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The details of this video could not be loaded, and they are not kept on this computer. %1 Check the network, then try again.</source>
        <translation>Impossible de charger les détails de cette vidéo, et ils ne sont pas conservés sur cet ordinateur. %1 Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Working offline — showing the catalogue as of %1.</source>
        <translation>Travail hors connexion — catalogue au %1.</translation>
    </message>
    <message>
        <source>Working offline — showing the videos kept on this computer.</source>
        <translation>Travail hors connexion — vidéos conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Work Online</source>
        <translation>Travailler en ligne</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>Ui::WatchAlerts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New for “%1”</source>
        <translation>
            <numerusform>Nouveau pour « %1 »</numerusform>
            <numerusform>Nouveaux pour « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads from %1, when the bandwidth limit ends.</source>
        <translation>Téléchargement à partir de %1, quand la limite de débit prend fin.</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Subscribe to our newsletter</source>
        <translation>Abonnez-vous à notre lettre d’information</translation>
    </message>
    <message>
        <source>The portal&apos;s news by e-mail. You can unsubscribe at any time in your account.</source>
        <translation>Les nouvelles du portail par e-mail. Vous pouvez vous désabonner à tout moment dans votre compte.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>You have successfully created your account — from now on you can download videos.</source>
        <translation>Votre compte a bien été créé : vous pouvez désormais télécharger des vidéos.</translation>
    </message>
    <message>
        <source>Subscribes this account to the portal&apos;s newsletter at once</source>
        <translation>Abonne immédiatement ce compte à la lettre d’information du portail</translation>
    </message>
    <message>
        <source>Goes back to where you were before creating the account</source>
        <translation>Revient là où vous étiez avant de créer le compte</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abonnement…</translation>
    </message>
    <message>
        <source>You were not subscribed: %1</source>
        <translation>Vous n’avez pas été abonné : %1</translation>
    </message>
    <message>
        <source>You are subscribed to the newsletter.</source>
        <translation>Vous êtes abonné à la lettre d’information.</translation>
    </message>
</context>
<context>
    <name>Watch::WatchStore</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” is no download rule: give best, mxf, mp4 or mov.</source>
        <translation>« %1 » n’est pas une règle de téléchargement : indiquez best, mxf, mp4 ou mov.</translation>
    </message>
    <message>
        <source>Only a search of videos can download.</source>
        <translation>Seule une recherche de vidéos peut télécharger.</translation>
    </message>
    <message>
        <source>There is a saved search named “%1” already.</source>
        <translation>Une recherche enregistrée s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>The largest picture and the largest file are given as positive numbers.</source>
        <translation>La plus grande image et le plus gros fichier s’indiquent par des nombres positifs.</translation>
    </message>
    <message>
        <source>A largest picture or file, or hours to wait for, are for what is downloaded: give a download rule too (best, mxf, mp4 or mov).</source>
        <translation>Une plus grande image, un plus gros fichier ou des heures à attendre portent sur ce qui est téléchargé&#xa0;: indiquez aussi une règle de téléchargement (best, mxf, mp4 ou mov).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimedia Desk: news, video and verified downloads from a media portal.</source>
        <translation>Multimedia Desk&#xa0;: actualités, vidéos et téléchargements vérifiés depuis un portail média.</translation>
    </message>
    <message>
        <source>The portal&apos;s API address, e.g. https://portal.example.org/api/v1.</source>
        <translation>L’adresse de l’API du portail, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>Keep data, settings, cache and logs in this one folder.</source>
        <translation>Conserver données, réglages, cache et journaux dans ce seul dossier.</translation>
    </message>
    <message>
        <source>Interface language: en or fr (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: en ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Open on this section: news, videos, downloads, library or account.</source>
        <translation>Ouvrir sur cette rubrique&#xa0;: news, videos, downloads, library ou account.</translation>
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
        <translation>«&#x202f;%1&#x202f;» n’est pas une rubrique. Utilisez news, videos, downloads, library ou account.</translation>
    </message>
    <message>
        <source>Cannot open the clip library</source>
        <translation>Impossible d’ouvrir la médiathèque</translation>
    </message>
    <message>
        <source>The clip library “%1” could not be opened: %2 The other sections work; the Library section stays empty until the file can be read.</source>
        <translation>Impossible d’ouvrir la médiathèque «&#x202f;%1&#x202f;»&#xa0;: %2 Les autres rubriques fonctionnent&#x202f;; la rubrique Médiathèque reste vide tant que le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Accept a portal address with plain http:// to another computer (passwords cross the network unencrypted; not recommended).</source>
        <translation>Accepter une adresse de portail en http:// sans chiffrement vers un autre ordinateur (les mots de passe traversent le réseau en clair&#xa0;; déconseillé).</translation>
    </message>
    <message>
        <source>Cannot start again</source>
        <translation>Redémarrage impossible</translation>
    </message>
    <message>
        <source>The portal is saved, but Multimedia Desk could not start again by itself. Close it and open it once more.</source>
        <translation>Le portail est enregistré, mais Multimedia Desk n’a pas pu redémarrer de lui-même. Fermez-le puis rouvrez-le.</translation>
    </message>
    <message>
        <source>Delivered to the watch folder: %1</source>
        <translation>Livré dans le dossier de dépôt&#xa0;: %1</translation>
    </message>
</context>
</TS>
