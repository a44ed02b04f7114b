<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one account matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s format or version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Twostep process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountDelegate</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountListPage</name>
    <message>
        <source>Type to filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add your first account, take a screenshot of the QR code the service shows (for AWS: IAM → Security credentials → Assign MFA device → Authenticator app), then drop the image here, paste it with Ctrl+V, or choose Add account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a screenshot of the page that shows the QR code, then open it here, paste it, or drop the file on this window. You can also scan the screen directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make sure the QR code is fully visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds neither an image nor an otpauth link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n QR code(s) skipped: not an authenticator code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>already in Twostep as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twostep keeps your accounts in an encrypted file. Choose the password that opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget this password, the accounts in the vault cannot be recovered: nobody, not even Twostep, can open it without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a long passphrase: several unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak — easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair — longer would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::EditAccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account name or an issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twostep will no longer generate its codes. Unless the service has another way for you to sign in, turn off two-factor authentication there first, or keep a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::EnrollmentDialog</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s clock is not synchronised with a time server. If the codes are rejected, turn on automatic time synchronisation (NTP) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA code 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA code 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter code 1 in the &quot;MFA code 1&quot; field and code 2 in the &quot;MFA code 2&quot; field, then submit right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 5 seconds left: wait for the next pair so that both codes are still valid when you submit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ExportDialog</name>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the backup file. Without it the backup cannot be opened; it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accounts to export, then how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR code of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For another authenticator app: one QR code per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer QR codes for Google Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator&apos;s &quot;Transfer accounts&quot; format, up to 10 accounts per QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted &amp;backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twostep vault file with its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plain otpauth list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted text: anyone who reads it has your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twostep vault (*.twostep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plain otpauth list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows every secret key in plain text. Anyone who sees or copies it can generate your codes. Show it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::MainWindow</name>
    <message>
        <source>Twostep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;MFA codes 1 and 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Twostep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Twostep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twostep %1 — a desktop authenticator (virtual MFA device).
GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code copied; the clipboard is cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?

You can no longer sign in with codes from Twostep unless the service&apos;s MFA is reset or you have another copy of this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::ManualEntryWidget</name>
    <message>
        <source>e.g. Amazon Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. root@123456789012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key shown by &quot;Show secret key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account name or an issuer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::QrDialog</name>
    <message>
        <source>This QR code contains the secret key. Anyone who scans or photographs it can generate your codes. Do not share it or leave it on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan all %n QR codes, one after the other, with Google Authenticator&apos;s &quot;Import accounts&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to show: none of these accounts can be exported this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This window closes by itself in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ScreenCapture</name>
    <message>
        <source>The screen could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured: no desktop session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop refused the screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Twostep in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show the next code (otherwise on hover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied codes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Twostep starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::TrayIcon</name>
    <message>
        <source>Twostep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide Twostep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
