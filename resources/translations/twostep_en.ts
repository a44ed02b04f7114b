<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Batch(es) %1 of %2 of a Google Authenticator transfer export are missing: scan those QR codes too to get their accounts.</source>
        <translation>
            <numerusform>Batch %1 of %2 of a Google Authenticator transfer export is missing: scan that QR code too to get its accounts.</numerusform>
            <numerusform>Batches %1 of %2 of a Google Authenticator transfer export are missing: scan those QR codes too to get their accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::AboutBox</name>
    <message numerus="yes">
        <source>Your vault moved to %1 (with %n backup(s)); it was at %2.</source>
        <translation>
            <numerusform>Your vault moved to %1 (with %n backup); it was at %2.</numerusform>
            <numerusform>Your vault moved to %1 (with %n backups); it was at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountActions</name>
    <message numerus="yes">
        <source>%n account(s) added.</source>
        <translation>
            <numerusform>%n account added.</numerusform>
            <numerusform>%n accounts added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Icons from “%1” set for %n account(s).</source>
        <translation>
            <numerusform>Icons from “%1” set for %n account.</numerusform>
            <numerusform>Icons from “%1” set for %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) of the pack could not be used.</source>
        <translation>
            <numerusform>%n icon of the pack could not be used.</numerusform>
            <numerusform>%n icons of the pack could not be used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::AddAccountDialog</name>
    <message numerus="yes">
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Found %n account.</numerusform>
            <numerusform>Found %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ConflictCopyBar</name>
    <message numerus="yes">
        <source>Merge adds %n account(s): %1</source>
        <translation>
            <numerusform>Merge adds %n account: %1</numerusform>
            <numerusform>Merge adds %n accounts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge updates %n account(s): %1</source>
        <translation>
            <numerusform>Merge updates %n account: %1</numerusform>
            <numerusform>Merge updates %n accounts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge removes %n account(s): %1</source>
        <translation>
            <numerusform>Merge removes %n account: %1</numerusform>
            <numerusform>Merge removes %n accounts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) look like ones you have under another name; both are kept: %1</source>
        <translation>
            <numerusform>%n account looks like one you have under another name; both are kept: %1</numerusform>
            <numerusform>%n accounts look like ones you have under another name; both are kept: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ConflictCopyOffers</name>
    <message numerus="yes">
        <source>Nothing to merge: the vault already has every change of %1 (%n of its accounts were deleted here later). Nothing was written.</source>
        <translation>
            <numerusform>Nothing to merge: the vault already has every change of %1 (%n of its accounts was deleted here later). Nothing was written.</numerusform>
            <numerusform>Nothing to merge: the vault already has every change of %1 (%n of its accounts were deleted here later). Nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::EnrollmentDialog</name>
    <message numerus="yes">
        <source>Valid for %n more second(s)</source>
        <translation>
            <numerusform>Valid for %n more second</numerusform>
            <numerusform>Valid for %n more seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n account(s) saved to %1.</source>
        <translation>
            <numerusform>%n account saved to %1.</numerusform>
            <numerusform>%n accounts saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) left out:</source>
        <translation>
            <numerusform>%n account left out:</numerusform>
            <numerusform>%n accounts left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n account(s) in the file.</source>
        <translation>
            <numerusform>%n account in the file.</numerusform>
            <numerusform>%n accounts in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in Twostep or repeated: not checked.</source>
        <translation>
            <numerusform>%n of them already in Twostep or repeated: not checked.</numerusform>
            <numerusform>%n of them already in Twostep or repeated: not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped: they cannot be imported.</source>
        <translation>
            <numerusform>%n entry skipped: it cannot be imported.</numerusform>
            <numerusform>%n entries skipped: they cannot be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet, so Twostep did not lock the vault.</source>
        <translation>
            <numerusform>A change could not be saved yet, so Twostep did not lock the vault.</numerusform>
            <numerusform>%n changes could not be saved yet, so Twostep did not lock the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::QrDialog</name>
    <message numerus="yes">
        <source>Scan all %n QR codes, one after the other, with Google Authenticator&apos;s &quot;Import accounts&quot;.</source>
        <translation>
            <numerusform>Scan all %n QR codes, one after the other, with Google Authenticator&apos;s &quot;Import accounts&quot;.</numerusform>
            <numerusform>Scan all %n QR codes, one after the other, with Google Authenticator&apos;s &quot;Import accounts&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This window closes by itself in %n second(s).</source>
        <translation>
            <numerusform>This window closes by itself in %n second.</numerusform>
            <numerusform>This window closes by itself in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ScreenCapture</name>
    <message numerus="yes">
        <source>The desktop did not take the screenshot within %n seconds. Try again, or open a saved screenshot with &quot;Open screenshot&quot;.</source>
        <translation>
            <numerusform>The desktop did not take the screenshot within %n second. Try again, or open a saved screenshot with &quot;Open screenshot&quot;.</numerusform>
            <numerusform>The desktop did not take the screenshot within %n seconds. Try again, or open a saved screenshot with &quot;Open screenshot&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Copying with under %n second(s) left:</source>
        <translation>
            <numerusform>Copying with under %n second left:</numerusform>
            <numerusform>Copying with under %n seconds left:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::StepEndChoice</name>
    <message numerus="yes">
        <source>The code had %n second(s) left: the next code was copied; it works from the next step on.</source>
        <translation>
            <numerusform>The code had %n second left: the next code was copied; it works from the next step on.</numerusform>
            <numerusform>The code had %n seconds left: the next code was copied; it works from the next step on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code copied, but it expires in %n second(s): enter it at once, or wait and copy the next one.</source>
        <translation>
            <numerusform>Code copied, but it expires in %n second: enter it at once, or wait and copy the next one.</numerusform>
            <numerusform>Code copied, but it expires in %n seconds: enter it at once, or wait and copy the next one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code copied; the clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Code copied; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Code copied; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n more in the window</source>
        <translation>
            <numerusform>%n more in the window</numerusform>
            <numerusform>%n more in the window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnsavedChanges</name>
    <message numerus="yes">
        <source>%n change(s) could not be saved and will be lost.</source>
        <translation>
            <numerusform>A change could not be saved and will be lost.</numerusform>
            <numerusform>%n changes could not be saved and will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnsavedChangesBar</name>
    <message numerus="yes">
        <source>%n change(s) not saved yet: %1. Twostep keeps them in memory and will try again.</source>
        <translation>
            <numerusform>Your change is not saved yet: %1. Twostep keeps it in memory and will try again.</numerusform>
            <numerusform>%n changes are not saved yet: %1. Twostep keeps them in memory and will try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
