<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service answered (%1). Your sign-in is kept in memory only and ends when the application closes. Start a Secret Service such as GNOME Keyring or KWallet to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the saved sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal::PortalUrl</name>
    <message>
        <source>“%1” is not a portal address. Give the full API address, for example https://portal.example.org/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address must start with https:// or http://, not “%1://”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address must not contain a query, a fragment or a user name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Multimedia Desk (format %2, this version reads up to %3). Update the application, or start it with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings file %1. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged. Move it aside to start with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings::Paths</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>About Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Multimedia Desk %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the portal&apos;s news releases, preview its video, and download broadcast-quality clips into a verified local library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal set: start with --portal URL, or set MMDESK_PORTAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News releases, press releases, speeches, statements and transcripts from the portal appear here, newest first. Once fetched they stay readable offline, images included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s video catalogue appears here with thumbnails, shot lists and the technical details of every rendition, so that you can preview a clip before you download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal&apos;s SHA-256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verified download enters your local clip library, where you can search it, add tags and notes, check that files are intact and export their metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your portal account, or create one, to download broadcast-quality files. Your sign-in is kept in the system keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimedia Desk: news, video and verified downloads from a media portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s API address, e.g. https://portal.example.org/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data, settings, cache and logs in this one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this section: news, videos, downloads, library or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a section. Use news, videos, downloads, library or account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
