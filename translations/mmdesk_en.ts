<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Auth::AccountService</name>
    <message>
        <source>The password does not meet the portal&apos;s rules: at least 12 characters, no spaces, with an upper-case letter, a lower-case letter, a digit and a symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Catalogue::CatalogueCache</name>
    <message>
        <source>The video catalogue kept on this computer (%1) cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue::CatalogueStore</name>
    <message>
        <source>The copy of video %1 kept on this computer is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video “%1” could not be kept for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue::CatalogueSync</name>
    <message>
        <source>The catalogue could not be kept for offline use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of changes did not come to an end. The videos received so far are kept; the next update goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue::ThumbnailCache</name>
    <message>
        <source>The video has no thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail is too large to be a thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s thumbnail for this video is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail for this video cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail&apos;s address is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::BandwidthSchedule</name>
    <message>
        <source>“%1” is no bandwidth limit: write a rate such as 20M, optionally with the hours it applies, such as 20M 07:00-19:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::DownloadManager</name>
    <message>
        <source>The portal no longer offers a preview of this video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::Engine</name>
    <message>
        <source>The download queue %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 MB needed, %3 MB free. The download continues by itself once space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the partial file; starting the file over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server keeps refusing fresh download links (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server no longer has this file (HTTP 404). It may have been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server refused the download: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Every byte downloaded so far is kept; the download continues by itself once space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries). Use Retry to try again.</source>
        <translation>
            <numerusform>%1 (gave up after %n try). Use Retry to try again.</numerusform>
            <numerusform>%1 (gave up after %n tries). Use Retry to try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — retrying in %n s</numerusform>
            <numerusform>%1 — retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the SHA-256 checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished file does not match the portal&apos;s SHA-256 checksum (got %1…, expected %2…). The damaged copy was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space in %1 for %2 MB. The download continues by itself once space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2) is working this download queue. Downloads queued here go on there; this program takes over once it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal replaced this file; downloading the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of %1 cannot hold files over 4 GiB (FAT), and this file has %2 MB. Choose a folder on another drive, or format this one as exFAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of %1 cannot hold files this large (over 4 GiB on FAT). Choose a folder on another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was downloaded and checked, but the download queue could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and the queue could not take another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared as the download started: another program may be writing it. Use Retry to download under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits: Multimedia Desk is working offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::FileOps</name>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 function is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::HashFollower</name>
    <message>
        <source>The downloaded file is longer than the portal said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than the bytes written to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::QueueStore</name>
    <message>
        <source>That download is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloads::Transfer</name>
    <message>
        <source>the connection ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent more bytes than the file has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host sends more than %1 MiB for a file of unknown size, more than a preview should be; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media host sent the download from https to plain http (%1); it was not followed, so that the file does not travel unencrypted. Tell the portal&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media host&apos;s certificate is not trusted (%1); nothing was downloaded. Check the date and time of this computer, or tell the portal&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameFile</name>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame could not be saved to “%1”: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::AscMhl</name>
    <message>
        <source>The hash history in %1 has manifests but no ascmhl_chain.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascmhl_chain.xml in %1 names a file outside its folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash history in %1 lists %2, which cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded: it no longer matches ascmhl_chain.xml, so this history cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hash history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash history of %1 is being written by another task; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::AtomicWrite</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name is already there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::Clip</name>
    <message>
        <source>Only a finished and verified download can enter the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download has no video or no file; it cannot enter the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::Delivery</name>
    <message>
        <source>%1 is no longer where the library has it. Find it with Relink in the Library, then deliver it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch folder %1 does not exist. Create it or connect its drive, or choose another in Settings (Deliver verified files to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the file system of the watch folder %2 can hold (4 GiB on FAT). Choose a watch folder on another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space in the watch folder %1: %2 MB needed, %3 MB free. Free some space, then deliver the clip again from the Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk may not write in the watch folder %1 (%2). Give it write access, or choose another folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the watch folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 function is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch folder %1 is full. Free some space, then deliver the clip again from the Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 in the watch folder %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 from the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s copy of %1 no longer matches its SHA-256, so it was not delivered. Verify the clip in the Library and download it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::DownloadIntake</name>
    <message>
        <source>%1 was downloaded and verified, but the library could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EBUCore sidecar of %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ASC MHL history of %1 could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be queued for the watch folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watch folder is set. Choose one in Settings (Deliver verified files to), then deliver again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch-folder deliveries could not be read from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified clip was not delivered to the watch folder: %1 It stays in the library, and the delivery is tried again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::EbuCore</name>
    <message>
        <source>The stored description of this video is not readable; refresh it from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video &quot;%1&quot; has no rendition %2 any more; refresh it from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::LibraryStore</name>
    <message>
        <source>A clip needs its portal video and its file to enter the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That clip is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clip in the library is already that file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a collection called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::LibraryTasks</name>
    <message>
        <source>There is no clip %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library::MhlManifest</name>
    <message>
        <source>An ASC MHL file of this folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ASC MHL v2.0 hash list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascmhl_chain.xml is not an ASC MHL v2.0 chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generation in ascmhl_chain.xml has no number or file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network::ProxySetting</name>
    <message>
        <source>“%1” is no proxy setting: write system, none, or the proxy&apos;s address with its port, such as http://proxy.example.org:3128 or socks5://127.0.0.1:1080.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News::FeedFetcher</name>
    <message>
        <source>The answer is larger than %1 MB, too large for a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: a feed&apos;s address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an RSS or Atom feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an RSS or Atom feed any more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk is working offline; the feed was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News::NewsCache</name>
    <message>
        <source>The news kept on this computer (%1) cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News::NewsStore</name>
    <message>
        <source>The article “%1” could not be kept for offline reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News::NewsSync</name>
    <message>
        <source>The news could not be kept for offline reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of news did not come to an end. The articles received so far are kept; the next update goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>“%1” is not a value for %2, which takes %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackProblem</name>
    <message>
        <source>Video playback is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia found no media backend on this computer, so clips cannot be previewed. Install the Qt Multimedia plug-ins and GStreamer (on Debian: sudo apt install libqt6multimedia6 %1), then restart Multimedia Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist any more. It may have been moved, renamed or deleted; find it again from the Library, or download the clip again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk is not allowed to read “%1”. Check the file&apos;s permissions and that its disk is mounted, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The media backend said: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decoder for this clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no decoder for the clip&apos;s format, so it cannot be shown. Install the missing media plug-ins (on Debian: sudo apt install %1) and open the clip again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the clip was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to send the clip. The link may have expired: open the clip again from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the media server failed. Check your network and proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a video Multimedia Desk can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data that is not a video in a known format. Try again later, or tell the portal&apos;s support which clip it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not a video file (it may be incomplete). Download it again, or check it against the portal&apos;s checksum in the Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip stopped playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream failed. Check your network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be played to the end; it may be damaged. Download it again, or check it against the portal&apos;s checksum in the Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has sound, but its picture cannot be decoded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this clip could be decoded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has a %1×%2 video track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the media plug-ins that decode it (on Debian: sudo apt install %1) and open the clip again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast files such as MXF may only play once downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be fetched: %1. Check your network connection and proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview link was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server answered HTTP %1: the link has expired or is not valid any more. Open the clip again from the catalogue to get a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server answered HTTP 404 (not found): the portal may have withdrawn or replaced this clip. Refresh the catalogue and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server answered HTTP %1. This is on the server&apos;s side; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page, not a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview address leads to a web page (perhaps a sign-in page of a network or proxy). Check your network access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal::ApiError</name>
    <message>
        <source>The portal could not be reached (%1). Check your network connection and the portal address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent an answer this version cannot read (%1). Check that the portal address points at a Portal API v1 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused access to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not know this item. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal asks to slow down. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent the request on to another address (%1). Multimedia Desk does not follow it, so that your sign-in stays with the portal. If the portal has moved, set its new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than %1 MiB, more than any answer of the Portal API needs; it was not read. Check the portal address, or raise the limit (portal/maxResponseMiB) if the portal really sends such answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk is working offline (setting network.offline), so the portal was not asked. To connect, turn off File → Work Offline, or run: mmdesk-cli settings set network.offline off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal::ConditionsGate</name>
    <message>
        <source>conditions of use without a version, text or credit line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal::ConditionsRecord</name>
    <message>
        <source>Your acceptance of the conditions of use cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portal::PortalProbe</name>
    <message>
        <source>no list of news where a portal has one</source>
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
    <message>
        <source>The portal address %1 uses plain http://: your password and sign-in would cross the network unencrypted. Use the portal&apos;s https:// address. If this portal has no https, start with --allow-insecure-portal (not recommended).</source>
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
    <name>Settings::Options</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s API address, used when none is given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an https:// address (http:// only for this computer), or &quot;&quot; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest answer read from the portal&apos;s API, in MiB; a longer one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface: the system&apos;s, English or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where downloads are saved unless another folder is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, or &quot;&quot; for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an EBUCore sidecar beside each verified download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an ASC MHL hash history in each download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the News section fetches what changed, in minutes (0: only on demand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest portal answer (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write EBUCore sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ASC MHL hash histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News refresh (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total download rate, all day or in the hours given (unlimited outside them), such as 20M 07:00-19:00; empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate such as 20M, optionally with hours such as 07:00-19:00, or &quot;&quot; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many downloads of the queue transfer at the same time; the others wait their turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Multimedia Desk reaches the portal and the media hosts: the system&apos;s proxy (http_proxy, https_proxy, no_proxy), none, or a proxy of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, none, or an address such as http://proxy.example.org:3128 or socks5://127.0.0.1:1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window while downloads run leaves Multimedia Desk downloading in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask nothing of the portal, the feeds or the media hosts: read what is kept on this computer; the download queue waits with its partial files until this is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Download takes of a video: the largest picture, or the best of one container (MXF, MOV or MP4) where the video has it, else the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest, mxf, mov or mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver verified files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch folder (an edit or playout ingest folder) that gets a copy of each verified download, with its EBUCore sidecar when sidecars are on. The copy appears there whole, under its final name, only once it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, or &quot;&quot; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a full path (starting with /); “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, or a whole number from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections a large download uses: auto starts with 4 and opens more, up to 16, while more make it faster, as on a host that caps each connection; a number is kept for the whole download.</source>
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
    <name>Ui::AccountForm</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (account pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not confirmed yet. Enter the code from the portal&apos;s e-mail, or send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed beside the portal&apos;s news. It is fetched at once and then with every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the address: it should be the feed itself, often ending in .xml, .rss or /feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ClipDetailPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: matched its SHA-256 checksum on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: not found at this place when checked on %1. Relink it if it was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: no longer matched its SHA-256 checksum on %1. Download it again or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet: use Verify to check the file against its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified since it was relinked (last check %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a clip to see its description, shot list and file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself and your colleagues: where it aired, rights cleared, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a collection to put the clip in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be read from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnail yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tags could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection; the clip is put in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be put in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ClipOperations</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from the disk and from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln clip(s), %1 in all, from the disk and from the library?</source>
        <translation>
            <numerusform>Delete %Ln clip, %1 in all, from the disk and from the library?</numerusform>
            <numerusform>Delete %Ln clips, %1 in all, from the disk and from the library?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are deleted for good, with their EBUCore sidecars; their tags, notes and places in collections are forgotten. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is deleted, but the library could not forget the clip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln clip(s); %1 freed.</source>
        <translation>
            <numerusform>Deleted %Ln clip; %1 freed.</numerusform>
            <numerusform>Deleted %Ln clips; %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, so their clips stay in the library. Check that you may change their folder and that the disk is not read-only, then try again.</source>
        <translation>
            <numerusform>%Ln file could not be deleted, so its clip stays in the library. Check that you may change its folder and that the disk is not read-only, then try again.</numerusform>
            <numerusform>%Ln files could not be deleted, so their clips stay in the library. Check that you may change their folders and that the disk is not read-only, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the clips to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to “%1”: %2. Choose another folder, or make room on the disk, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln clip to “%1”.</numerusform>
            <numerusform>Exported %Ln clips to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln EBUCore sidecar(s), each beside its file as &lt;file&gt;.ebucore.xml.</source>
        <translation>
            <numerusform>Wrote %Ln EBUCore sidecar, beside its file as &lt;file&gt;.ebucore.xml.</numerusform>
            <numerusform>Wrote %Ln EBUCore sidecars, each beside its file as &lt;file&gt;.ebucore.xml.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sidecar(s) could not be written. Check that you may write to the clips&apos; folders and that there is room on the disk.</source>
        <translation>
            <numerusform>%Ln sidecar could not be written. Check that you may write to the clip&apos;s folder and that there is room on the disk.</numerusform>
            <numerusform>%Ln sidecars could not be written. Check that you may write to the clips&apos; folders and that there is room on the disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) were written.</source>
        <translation>
            <numerusform>%Ln other was written.</numerusform>
            <numerusform>%Ln others were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6 digits from the e-mail; it is checked as soon as all six are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails a new code; the previous one then stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your e-mail address to finish creating your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this address is yours to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code stays valid for 30 minutes after it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s)</source>
        <translation>
            <numerusform>The code expires in %n minute</numerusform>
            <numerusform>The code expires in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This code has expired. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send new code, possible in %n second(s)</source>
        <translation>
            <numerusform>Send new code, possible in %n second</numerusform>
            <numerusform>Send new code, possible in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is wrong. Check the latest e-mail and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired. Send a new code and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: this code no longer works. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a new 6-digit code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code is on its way. The previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes for this address: the portal takes codes again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal asks to wait before it sends another code. You can ask for a new one in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send New Code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send New Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ConditionsDialog</name>
    <message>
        <source>Conditions of Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your first download, read the portal&apos;s conditions of use (version %1%2). Material downloaded from the portal may be used only under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal changed its conditions of use since you accepted version %1. Read version %2%3 before your next download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line, to print with every use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the conditions of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the conditions of use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DateTimeText</name>
    <message>
        <source>%1 %2</source>
        <comment>short date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, then the time zone</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DeadlineDialog</name>
    <message>
        <source>Set Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is “%1” needed? The queue puts the most urgent download first, and says when one will be late at its speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DownloadNotifications</name>
    <message>
        <source>Download complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified and saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download paused: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for free space in %2 and goes on by itself once there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download will be late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At its speed now, %1 ends about %2; it is needed by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsModel</name>
    <message>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: waits while working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this speed it ends about %1, in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this speed it ends about %1: too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it was needed by has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it makes it is known once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline. Set one with Set Deadline… in its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>needed by, on time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ late</source>
        <comment>needed by, late</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsPage</name>
    <message>
        <source>No downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal&apos;s SHA-256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All downloads are finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) left: %1 of %2</source>
        <translation>
            <numerusform>%n download left: %1 of %2</numerusform>
            <numerusform>%n downloads left: %1 of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download of “%1”? The %2 downloaded so far will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download (after asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) from saved searches wait for the portal&apos;s conditions of use: download a video from the Videos section once to read and accept them.</source>
        <translation>
            <numerusform>%n download from saved searches waits for the portal&apos;s conditions of use: download a video from the Videos section once to read and accept them.</numerusform>
            <numerusform>%n downloads from saved searches wait for the portal&apos;s conditions of use: download a video from the Videos section once to read and accept them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) from saved searches wait until %1, when the bandwidth limit ends.</source>
        <translation>
            <numerusform>%n download from saved searches waits until %1, when the bandwidth limit ends.</numerusform>
            <numerusform>%n downloads from saved searches wait until %1, when the bandwidth limit ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::FileActions</name>
    <message>
        <source>The file is no longer at “%1”. If it was moved, use Relink missing… to find it; if it was deleted, delete the clip from the library or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be started to show “%1”. Open that folder yourself, or install a file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1 files. Install a player that reads them (VLC or mpv, for example), or use Show in folder and open the file from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::FirstRunPage</name>
    <message>
        <source>Which portal do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of your portal&apos;s API, as your portal&apos;s help page or your newsroom&apos;s IT gives it. Multimedia Desk checks that it answers like a portal before keeping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the address whether it is a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this portal (after a successful test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Library Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with the clips on this computer; a portal can be set later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk starts again to connect to it. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Without an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a portal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers like a portal. Save it to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ForgotPasswordPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your account. The portal e-mails you a 6-digit code, and then you choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the account whose password you want to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails a code to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal asks to wait before it sends another code. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LibraryFilterBar</name>
    <message>
        <source>Date to filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, shot lists, tags, places and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds clips with all the words typed, accents and case aside (Ctrl+F; Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clips</source>
        <translation>
            <numerusform>%Ln clip</numerusform>
            <numerusform>%Ln clips</numerusform>
        </translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LibraryJobs</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Another library task is running. Wait until it has finished, or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every clip in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln clip(s)</source>
        <translation>
            <numerusform>Verifying %Ln clip</numerusform>
            <numerusform>Verifying %Ln clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for missing files in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs the portal: it recognises each file by the SHA-256 checksum the portal publishes. Start Multimedia Desk with --portal followed by the portal&apos;s address, or set MMDESK_PORTAL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the portal for its video catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs the portal, and it could not be reached: %1 Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs the portal&apos;s catalogue, which asks you to sign in first. Sign in under Account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s catalogue could not be read, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another library task started meanwhile; try the import again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording an ASC MHL generation for %Ln folder(s)</source>
        <translation>
            <numerusform>Recording an ASC MHL generation for %Ln folder</numerusform>
            <numerusform>Recording an ASC MHL generation for %Ln folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files so far: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification finished: %1 verified, %2 missing, %3 damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged file no longer matches its checksum: download it again, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If missing files were moved, relink them to their new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Relinked %Ln clip(s) to their new place.</source>
        <translation>
            <numerusform>Relinked %Ln clip to its new place.</numerusform>
            <numerusform>Relinked %Ln clips to their new place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) are still missing: look in another folder, or delete them from the library.</source>
        <translation>
            <numerusform>%Ln clip is still missing: look in another folder, or delete it from the library.</numerusform>
            <numerusform>%Ln clips are still missing: look in another folder, or delete them from the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln clip(s) added</source>
        <translation>
            <numerusform>Import finished: %Ln clip added</numerusform>
            <numerusform>Import finished: %Ln clips added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are not from the portal (their checksum is not in its catalogue) and were left out.</source>
        <translation>
            <numerusform>%Ln file is not from the portal (its checksum is not in its catalogue) and was left out.</numerusform>
            <numerusform>%Ln files are not from the portal (their checksum is not in its catalogue) and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not from the portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled. The clips checked so far show what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinking cancelled. The clips found so far point to their new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinking stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. The clips added so far stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, generation %2: %3 verified, %4 new, %5 changed or damaged, %6 missing, %7 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: left out, its name cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASC MHL: some folders could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASC MHL generation recorded; some files changed, went missing or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASC MHL cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASC MHL generation recorded: every file is as recorded before, or new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LibraryModel</name>
    <message>
        <source>The clip library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer matches the portal&apos;s SHA-256 checksum: it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not where the library expects it: relink it or delete the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LibraryPage</name>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded clips appear here after their checksum has been verified. Files that came from the portal another way can be added with Import folder…, which recognises them by their checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the file with the application the desktop uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;All Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relink Missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;EBUCore Sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the portal&apos;s description beside each selected file as &lt;file&gt;.ebucore.xml, for archives and asset managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ASC &amp;MHL Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the checksums of every file in the selected clips&apos; folders in their ASC MHL history (an “ascmhl” folder), and reports what changed since the last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clips found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip matches “%1” with the filters chosen. Clear the filters to search the whole library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip matches “%1”. Check the spelling, or try fewer or shorter words: every word typed must appear in the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip matches the filters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the clip in the preview player (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing in Multimedia Desk is not available yet: use Open to play the file with another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be read from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not where the library expects it. If it was moved, use Relink missing… to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the missing files were moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of clips from the portal to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clips.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clips.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relink Missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clip&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to &amp;Watch Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to the watch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n clip(s) to %1…</source>
        <translation>
            <numerusform>Copying %n clip to %1…</numerusform>
            <numerusform>Copying %n clips to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to the watch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are not available: the library opened without the download queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watch folder is set: choose one in Settings → Configure Multimedia Desk… (Deliver verified files to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the clips to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected clips, verified, to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Write EBUCore &amp;Sidecars for New Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts “file.ebucore.xml” with the portal&apos;s description beside every new download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ASC MHL &amp;Hash Histories in Download Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generation to the folder&apos;s ascmhl history after every new download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No portal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where renditions queued from the Videos section are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New downloads go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal offers no preview of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal is reached over plain http: your password, your sign-in and what you download cross the network unencrypted. Use its https:// address if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the portal connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Multimedia Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Some are used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask nothing of the network: read what is kept on this computer; downloads wait and go on when you work online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of “%1” streams from the portal, and Multimedia Desk is working offline. Turn off File → Work Offline to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign in or create an account, Multimedia Desk needs the address of your portal: give it in Settings → Configure Multimedia Desk… → Portal address and start again, or start with --portal followed by the portal&apos;s API address, for example https://portal.example.org/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the portal&apos;s catalogue (the Videos section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the Videos section: open it first (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom sizes the cards of the grid: choose View → Grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MessageBar</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::NewPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out once the password changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation>
            <numerusform>At least %n character, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform>
            <numerusform>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the password meets every rule and is typed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reset took too long and has expired. Ask for a new code to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::NewsModel</name>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::NewsPage</name>
    <message>
        <source>&amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the news (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what changed on the portal (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text with its title, source, date and link (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the news from the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached and no news was kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed beside the portal&apos;s news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article with its source as Markdown or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this search: after each sync you are told what is new for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the article read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text as a quote with its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: showing the news as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: no news was kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the news as of %1. The portal could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::NewsReader</name>
    <message>
        <source>Picture not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PasswordChecklist</name>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symbol, such as ! ? # or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PathField</name>
    <message>
        <source>Copy the whole path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlayerActions</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop shuttle and pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save frame as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy shots for script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy in and out timecodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save frame with caption…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlayerControls</name>
    <message>
        <source>Position in the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set with I and O; Ctrl+Shift+C copies them, Ctrl+Shift+X clears them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a broadcast rendition of this video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlayerMessage</name>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlayerStage</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PreviewPlayer</name>
    <message>
        <source>The clip is playing full screen. Press Esc or F to bring it back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interlaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to the media server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶▶ %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀◀ %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save frame as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low-bitrate preview streamed from the portal, not the broadcast file: download a rendition for that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No in or out point to copy: set them with I and O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save frame with caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RegisterPage</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me the portal&apos;s &amp;newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal e-mails you a 6-digit code to confirm the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as the portal shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation code is sent to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the newsroom or company you work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation>
            <numerusform>At least %n character, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform>
            <numerusform>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: news of the portal by e-mail; you can stop it at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the portal&apos;s e-mails to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a code to this address to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: &quot;fr&quot; in French. It chooses the default language of a new account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password that meets every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the account and e-mails you a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this address already exists. Sign in with it, or choose a new password if you have forgotten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not accept this e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not accept this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created: see the notes next to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me the portal&apos;s newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ResetDonePage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to where you were before resetting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been updated. Every device that was signed in to %1 has been signed out; sign in again with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SaveSearchDialog</name>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each sync you are told what is new for this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tell me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the best rendition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the largest MXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the largest MOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the largest MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;videos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with new videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest picture downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file downloaded, in gigabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions larger than this are passed over (1 GB = 1,000,000,000 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download only in the hours &amp;without a bandwidth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New videos wait for the hours the bandwidth limit (Settings) leaves unlimited, such as the night. Without such hours they download at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ScriptBlock</name>
    <message>
        <source>IN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN %1 OUT %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DUR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOUNDBITE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOUNDBITE %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot or quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a portal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers like a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address, answer size, connections and proxy are used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ShotlistModel</name>
    <message>
        <source>unnamed speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundbite — %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundbite — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ShotlistPanel</name>
    <message>
        <source>This clip has no shot list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected shots, or all of them, with timecodes, durations, speakers, credit and terms (Ctrl+C in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your portal account to download broadcast-quality files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your portal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of your portal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with this e-mail address and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the form to register a new portal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a code to your e-mail address to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended: %1 Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SignedInPage</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me the portal&apos;s &amp;newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so this sign-in lasts only until Multimedia Desk closes. Start the system keychain (GNOME Keyring or KWallet) to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News of the portal by e-mail; the change is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails you a code to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the sign-in on this computer and removes it from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will receive the newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will no longer receive the newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsletter choice was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me the portal&apos;s newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::StatusIndicators</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal cannot be reached. What is kept on this computer can still be read; downloads go on by themselves once it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊘ Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is asked of the network; downloads wait. Turn off File → Work Offline to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open Downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click to open Downloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the task; what it finished so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TransferTotals</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) at %1</source>
        <translation>
            <numerusform>%n download at %1</numerusform>
            <numerusform>%n downloads at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) failed</source>
        <translation>
            <numerusform>%n download failed</numerusform>
            <numerusform>%n downloads failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TrayIcon</name>
    <message>
        <source>Multimedia Desk is still downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloads go on in the background. Click this icon to open the window, or choose Quit in its menu to stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multimedia Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideoDetailPane</name>
    <message>
        <source>Video details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a video to see its shot list, its renditions and how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the video’s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the low-resolution preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal offers no preview of this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal gives no shot list for this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal offers no downloadable rendition of this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Restricted use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shot list (%n)</source>
        <translation>
            <numerusform>Shot list (%n)</numerusform>
            <numerusform>Shot list (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the shot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i</source>
        <comment>interlaced scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <comment>progressive scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideoDownloads</name>
    <message>
        <source>“%1” could not be added to the download queue. The queue did not answer; the log file says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are not available because no portal is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be queued as soon as your sign-in has been renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to download “%1”. It will be queued as soon as you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be downloaded: the folder %2 cannot be created. Check that the disk is there and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the download queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” to the download queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the download queue. It will be saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the portal&apos;s conditions of use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not queued: the portal&apos;s conditions of use could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be queued once you accept the portal&apos;s conditions of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not queued. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not queued: downloads need the portal&apos;s conditions of use accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideoFilterBar</name>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, shot lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a table with a row per video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the portal for what is new (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this search: after each sync you are told what is new for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideoFormat</name>
    <message>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCM %1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interlaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progressive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideoStates</name>
    <message>
        <source>✓ In library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideosModel</name>
    <message>
        <source>%1, published %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VideosPage</name>
    <message>
        <source>%1 The catalogue can be browsed only while the portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads are not available because no portal is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue kept for offline use could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video matches these words, this tag and these dates. Try other words, another tag or a wider date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the filters</source>
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
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be reached, and no videos have been kept on this computer yet. Check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos: %1 so far; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the catalogue kept for offline use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the catalogue as of %1. The portal could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the videos kept on this computer. The portal could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not list the videos: %1 Showing the videos kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of this video could not be loaded, and they are not kept on this computer. %1 Check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline — showing the catalogue as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline — showing the videos kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WatchAlerts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New for “%1”</source>
        <translation>
            <numerusform>New for “%1”</numerusform>
            <numerusform>New for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads from %1, when the bandwidth limit ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to our newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s news by e-mail. You can unsubscribe at any time in your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have successfully created your account — from now on you can download videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribes this account to the portal&apos;s newsletter at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes back to where you were before creating the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were not subscribed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are subscribed to the newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Watch::WatchStore</name>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no download rule: give best, mxf, mp4 or mov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a search of videos can download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a saved search named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest picture and the largest file are given as positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A largest picture or file, or hours to wait for, are for what is downloaded: give a download rule too (best, mxf, mp4 or mov).</source>
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
    <message>
        <source>Cannot open the clip library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip library “%1” could not be opened: %2 The other sections work; the Library section stays empty until the file can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a portal address with plain http:// to another computer (passwords cross the network unencrypted; not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is saved, but Multimedia Desk could not start again by itself. Close it and open it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the watch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
