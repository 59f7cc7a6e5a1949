<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
    <name>Portal::PortalUrl</name>
    <message>
        <source>“%1” is not a portal address. Give the full API address, for example https://portal.example.org/api/v1.</source>
        <translation>« %1 » n’est pas une adresse de portail. Indiquez l’adresse complète de l’API, par exemple https://portal.example.org/api/v1.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// or http://, not “%1://”.</source>
        <translation>L’adresse du portail doit commencer par https:// ou http://, et non par « %1:// ».</translation>
    </message>
    <message>
        <source>The portal address must not contain a query, a fragment or a user name: %1</source>
        <translation>L’adresse du portail ne doit contenir ni requête, ni fragment, ni nom d’utilisateur : %1</translation>
    </message>
</context>
<context>
    <name>Settings::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Multimedia Desk (format %2, this version reads up to %3). Update the application, or start it with another --data-dir.</source>
        <translation>Le fichier de réglages %1 a été écrit par une version plus récente de Multimedia Desk (format %2 ; cette version lit jusqu’au format %3). Mettez l’application à jour, ou lancez-la avec un autre --data-dir.</translation>
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
        <translation>Portail :</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Fichier de réglages :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Version de Qt :</translation>
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
        <translation>Aucun portail défini : lancez avec --portal URL, ou définissez MMDESK_PORTAL.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
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
        <source>Sign in with your portal account, or create one, to download broadcast-quality files. Your sign-in is kept in the system keychain, never in a plain file.</source>
        <translation>Connectez-vous avec votre compte du portail, ou créez-en un, pour télécharger des fichiers de qualité broadcast. Votre connexion est conservée dans le trousseau du système, jamais dans un fichier en clair.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimedia Desk: news, video and verified downloads from a media portal.</source>
        <translation>Multimedia Desk : actualités, vidéos et téléchargements vérifiés depuis un portail média.</translation>
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
        <translation>Langue de l’interface : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Open on this section: news, videos, downloads, library or account.</source>
        <translation>Ouvrir sur cette rubrique : news, videos, downloads, library ou account.</translation>
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
        <translation>« %1 » n’est pas une rubrique. Utilisez news, videos, downloads, library ou account.</translation>
    </message>
</context>
</TS>