<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Auth::AccountService</name>
    <message>
        <source>The password does not meet the portal's rules: at least 12 characters, no spaces, with an upper-case letter, a lower-case letter, a digit and a symbol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Auth::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain service answered (%1). Your sign-in is kept in memory only and ends when the application closes. Start a Secret Service such as GNOME Keyring or KWallet to stay signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not delete the saved sign-in (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloads::Engine</name>
    <message>
        <source>The download queue %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough free space in %1: %2 MB needed, %3 MB free. The download continues by itself once space is freed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer did not match the partial file; starting the file over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media server keeps refusing fresh download links (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media server no longer has this file (HTTP 404). It may have been withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media server refused the download: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Every byte downloaded so far is kept; the download continues by itself once space is freed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries). Use Retry to try again.</source>
        <translation><numerusform>%1 (gave up after %n try). Use Retry to try again.</numerusform><numerusform>%1 (gave up after %n tries). Use Retry to try again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation><numerusform>%1 — retrying in %n s</numerusform><numerusform>%1 — retrying in %n s</numerusform></translation>
    </message>
    <message>
        <source>Checking the SHA-256 checksum…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finished file does not match the portal's SHA-256 checksum (got %1…, expected %2…). The damaged copy was kept as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading it once more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloads::FileOps</name>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SHA-256 function is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the finished file to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloads::QueueStore</name>
    <message>
        <source>That download is no longer in the queue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloads::Transfer</name>
    <message>
        <source>the connection ended early</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation><numerusform>no data for %n second</numerusform><numerusform>no data for %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>Portal::ApiError</name>
    <message>
        <source>The portal could not be reached (%1). Check your network connection and the portal address, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal sent an answer this version cannot read (%1). Check that the portal address points at a Portal API v1 server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal did not accept the sign-in. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal refused access to this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal does not know this item. It may have been removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal asks to slow down. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Portal::PortalUrl</name>
    <message>
        <source>“%1” is not a portal address. Give the full API address, for example https://portal.example.org/api/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal address must start with https:// or http://, not “%1://”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal address must not contain a query, a fragment or a user name: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Multimedia Desk (format %2, this version reads up to %3). Update the application, or start it with another --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the settings file %1. Check the folder's permissions and free space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file %1 is damaged. Move it aside to start with default settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings::Paths</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1. Check that its parent exists and is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::AboutDialog</name>
    <message>
        <source>About Multimedia Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Multimedia Desk %1&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the portal's news releases, preview its video, and download broadcast-quality clips into a verified local library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::AccountForm</name>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking your saved sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account is not confirmed yet. Enter the code from the portal's e-mail, or send a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password has been changed. Sign in with the new one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::CodePage</name>
    <message>
        <source>Enter the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 6 digits from the e-mail; it is checked as soon as all six are in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mails a new code; the previous one then stops working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm your e-mail address to finish creating your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm that this address is yours to choose a new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We sent a 6-digit code to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code was sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code stays valid for 30 minutes after it is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s)</source>
        <translation><numerusform>The code expires in %n minute</numerusform><numerusform>The code expires in %n minutes</numerusform></translation>
    </message>
    <message>
        <source>This code has expired. Send a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send new code (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Send new code, possible in %n second(s)</source>
        <translation><numerusform>Send new code, possible in %n second</numerusform><numerusform>Send new code, possible in %n seconds</numerusform></translation>
    </message>
    <message>
        <source>Send new code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That code is wrong. Check the latest e-mail and type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code has expired. Send a new code and enter that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong attempts: this code no longer works. Send a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We sent a new 6-digit code to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new code is on its way. The previous one no longer works.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The portal sends one code a minute at most. You can ask for a new one in %n second(s).</source>
        <translation><numerusform>The portal sends one code a minute at most. You can ask for a new one in %n second.</numerusform><numerusform>The portal sends one code a minute at most. You can ask for a new one in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::DownloadsModel</name>
    <message>
        <source>unknown size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::DownloadsPage</name>
    <message>
        <source>No downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal's SHA-256 checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All downloads are finished.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n download(s) left: %1 of %2</source>
        <translation><numerusform>%n download left: %1 of %2</numerusform><numerusform>%n downloads left: %1 of %2</numerusform></translation>
    </message>
    <message>
        <source>at %1, %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel download…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the download of “%1”? The %2 downloaded so far will be deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ForgotPasswordPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address of your account. The portal e-mails you a 6-digit code, and then you choose a new password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the account whose password you want to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mails a code to this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the code…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The portal sends one code a minute at most. Try again in %n second(s).</source>
        <translation><numerusform>The portal sends one code a minute at most. Try again in %n second.</numerusform><numerusform>The portal sends one code a minute at most. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>News</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multimedia Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No portal set: start with --portal URL, or set MMDESK_PORTAL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Multimedia Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No news yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News releases, press releases, speeches, statements and transcripts from the portal appear here, newest first. Once fetched they stay readable offline, images included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No videos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal's video catalogue appears here with thumbnails, shot lists and the technical details of every rendition, so that you can preview a clip before you download it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renditions you queue for download appear here with their progress, speed and time left. The queue survives restarts, and every finished file is checked against the portal's SHA-256 checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every verified download enters your local clip library, where you can search it, add tags and notes, check that files are intact and export their metadata.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No portal set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To sign in or create an account, Multimedia Desk needs the address of your portal. Start it with --portal followed by the portal's API address, or set MMDESK_PORTAL, for example https://portal.example.org/api/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::NewPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every device signed in to this account is signed out once the password changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation><numerusform>At least %n character, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform><numerusform>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same password once more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves the new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available once the password meets every rule and is typed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This reset took too long and has expired. Ask for a new code to start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::PasswordChecklist</name>
    <message>
        <source>Password rules</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation><numerusform>At least %n character</numerusform><numerusform>At least %n characters</numerusform></translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A symbol, such as ! ? # or %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RegisterPage</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send me the portal's &amp;newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I already have an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal e-mails you a 6-digit code to confirm the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name as the portal shows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The confirmation code is sent to this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the newsroom or company you work for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</source>
        <translation><numerusform>At least %n character, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform><numerusform>At least %n characters, no spaces, with an upper-case and a lower-case letter, a digit and a symbol</numerusform></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same password once more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: news of the portal by e-mail; you can stop it at any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the portal's e-mails to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes back to signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends a code to this address to choose a new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: "fr" in French. It chooses the default language of a new account.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a valid e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a password that meets every rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same password twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the account and e-mails you a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account with this address already exists. Sign in with it, or choose a new password if you have forgotten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal does not accept this e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal does not accept this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal refused this password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal refused this password. Missing: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account was not created: see the notes next to the fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ResetDonePage</name>
    <message>
        <source>Password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes back to where you were before resetting the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of %1 has been changed. Every device that was signed in to this account has been signed out; sign in again with the new password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your portal account to download broadcast-quality files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of your portal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of your portal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in with this e-mail address and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the form to register a new portal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends a code to your e-mail address to choose a new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has ended: %1 Please sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::SignedInPage</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send me the portal's &amp;newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available, so this sign-in lasts only until Multimedia Desk closes. Start the system keychain (GNOME Keyring or KWallet) to stay signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News of the portal by e-mail; the change is saved at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mails you a code to choose a new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends the sign-in on this computer and removes it from the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You will receive the newsletter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You will no longer receive the newsletter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newsletter choice was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Multimedia Desk: news, video and verified downloads from a media portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The portal's API address, e.g. https://portal.example.org/api/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep data, settings, cache and logs in this one folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language: en or fr (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open on this section: news, videos, downloads, library or account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start Multimedia Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid portal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a section. Use news, videos, downloads, library or account.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>