<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation>입력이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>찾은 항목이 없습니다.</translation>
    </message>
    <message>
        <source>More than one account matches.</source>
        <translation>둘 이상의 계정이 일치합니다.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>This file&apos;s format or version is not supported.</source>
        <translation>이 파일의 형식이나 버전은 지원되지 않습니다.</translation>
    </message>
    <message>
        <source>The vault is in use by another Twostep process.</source>
        <translation>다른 Twostep 프로세스가 보관함을 사용 중입니다.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>파일을 읽거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>지원되지 않습니다.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>파일 시스템이 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>권한이 거부되었습니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This HOTP account has used its last counter value: another code would repeat an old one.</source>
        <translation>이 HOTP 계정은 마지막 카운터 값까지 사용했습니다. 코드를 더 만들면 이전 코드가 반복됩니다.</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation>%1, … (모두 %2개)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message numerus="yes">
        <source>Batch(es) %1 of %2 of a Google Authenticator transfer export are missing: scan those QR codes too to get their accounts.</source>
        <translation>
            <numerusform>Google Authenticator 계정 전송 QR 코드 %2개 중 %1번이 없습니다. 해당 QR 코드도 스캔해야 그 계정을 가져올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A stale lock owned by another user blocks the vault.</source>
        <translation>다른 사용자가 남긴 오래된 잠금 파일이 보관함을 막고 있습니다.</translation>
    </message>
    <message>
        <source>the file is larger than this process&apos;s file size limit</source>
        <translation>파일이 이 프로세스의 파일 크기 제한보다 큽니다</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>파일 또는 폴더가 없습니다</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>디스크 할당량을 모두 사용했습니다</translation>
    </message>
    <message>
        <source>The file is over Twostep&apos;s limits.</source>
        <translation>파일이 Twostep의 한도를 초과합니다.</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>same issuer and name as an account in the vault, another secret</source>
        <translation>보관함에 발급자와 이름이 같은 계정이 있지만 비밀 키가 다름</translation>
    </message>
    <message>
        <source>already in the vault</source>
        <translation>보관함에 이미 있음</translation>
    </message>
    <message>
        <source>already in the vault as %1</source>
        <translation>보관함에 이미 %1(으)로 있음</translation>
    </message>
    <message>
        <source>repeats an account found earlier</source>
        <translation>앞에서 찾은 계정과 중복</translation>
    </message>
    <message>
        <source>repeats %1, found earlier</source>
        <translation>앞에서 찾은 %1와(과) 중복</translation>
    </message>
    <message>
        <source>not an OTP code</source>
        <translation>OTP 코드가 아님</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>QR code %1</source>
        <translation>QR 코드 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountActions</name>
    <message numerus="yes">
        <source>Code copied; the clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>코드를 복사했습니다. %n초 뒤 클립보드를 비웁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>코드를 복사했습니다.</translation>
    </message>
    <message>
        <source>Next code copied.</source>
        <translation>다음 코드를 복사했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added.</source>
        <translation>
            <numerusform>계정 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twostep</source>
        <translation>Twostep</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>Import an Aegis icon pack</source>
        <translation>Aegis 아이콘 팩 가져오기</translation>
    </message>
    <message>
        <source>Icon packs (*.zip)</source>
        <translation>아이콘 팩 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Icons from “%1” set for %n account(s).</source>
        <translation>
            <numerusform>“%1”의 아이콘을 계정 %n개에 설정했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountDelegate</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>다음 코드</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>다음 %1</translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountDetailsFields</name>
    <message>
        <source>Work, Personal</source>
        <translation>업무, 개인</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>이미지 선택…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>I&amp;con:</source>
        <translation>아이콘(&amp;C):</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB; choose a smaller one.</source>
        <translation>이미지가 %1KiB보다 큽니다. 더 작은 이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>이미지를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or SVG image Twostep can show.</source>
        <translation>이 파일은 Twostep이 표시할 수 있는 PNG, JPEG 또는 SVG 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose an image for the account</source>
        <translation>계정 이미지 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountListPage</name>
    <message>
        <source>Type to filter accounts</source>
        <translation>입력하여 계정 찾기</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>아직 계정이 없습니다</translation>
    </message>
    <message>
        <source>To add your first account, take a screenshot of the QR code the service shows (for AWS: IAM → Security credentials → Assign MFA device → Authenticator app), then drop the image here, paste it with Ctrl+V, or choose Add account.</source>
        <translation>첫 계정을 추가하려면 서비스가 보여 주는 QR 코드의 스크린샷을 찍은 다음(AWS: IAM → 보안 자격 증명 → MFA 디바이스 할당 → 인증 관리자 앱), 이미지를 여기에 끌어 놓거나 Ctrl+V로 붙여 넣거나 계정 추가를 누르세요.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Order of the list (favourites always first)</source>
        <translation>목록 순서(즐겨찾기는 항상 맨 위)</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>직접 정렬</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>발급자순</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>많이 사용한 순</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>최근 사용한 순</translation>
    </message>
    <message>
        <source>Show one group only</source>
        <translation>한 그룹만 표시</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>모든 그룹</translation>
    </message>
</context>
<context>
    <name>twostep::ui::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Take a screenshot of the page that shows the QR code, then open it here, paste it, or drop the file on this window. You can also scan the screen directly.</source>
        <translation>QR 코드가 보이는 페이지의 스크린샷을 찍은 다음 여기에서 열거나, 붙여 넣거나, 파일을 이 창에 끌어 놓으세요. 화면을 바로 스캔할 수도 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Open screenshot…</source>
        <translation>스크린샷 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Scan screen</source>
        <translation>화면 스캔(&amp;S)</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>카메라로 스캔(&amp;C)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>카메라를 찾을 수 없음</translation>
    </message>
    <message>
        <source>Connect a camera to scan a QR code shown on a phone.</source>
        <translation>휴대폰에 표시된 QR 코드를 스캔하려면 카메라를 연결하세요.</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>QR 코드 스캔</translation>
    </message>
    <message>
        <source>Enter the secret key</source>
        <translation>비밀 키 입력</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make sure the QR code is fully visible.</source>
        <translation>화면에서 QR 코드를 찾지 못했습니다. QR 코드 전체가 보이는지 확인하세요.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>이미지에서 QR 코드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>%1에서 QR 코드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The clipboard holds neither an image nor an otpauth link.</source>
        <translation>클립보드에 이미지도 otpauth 링크도 없습니다.</translation>
    </message>
    <message>
        <source>Open screenshot</source>
        <translation>스크린샷 열기</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>이미지 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>계정 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::CodeServer</name>
    <message>
        <source>Code for the command line</source>
        <translation>명령줄용 코드</translation>
    </message>
    <message>
        <source>%1 asks for the code of %2.</source>
        <translation>%1에서 %2의 코드를 요청합니다.</translation>
    </message>
    <message>
        <source>A program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <source>Allow for 10 minutes</source>
        <translation>10분 동안 허용</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ConflictCopyBar</name>
    <message numerus="yes">
        <source>Merge adds %n account(s): %1</source>
        <translation>
            <numerusform>병합하면 계정 %n개가 추가됩니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge updates %n account(s): %1</source>
        <translation>
            <numerusform>병합하면 계정 %n개가 업데이트됩니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge removes %n account(s): %1</source>
        <translation>
            <numerusform>병합하면 계정 %n개가 제거됩니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) look like ones you have under another name; both are kept: %1</source>
        <translation>
            <numerusform>계정 %n개가 다른 이름으로 있는 계정과 같아 보입니다. 둘 다 유지됩니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging changes no account.</source>
        <translation>병합해도 변경되는 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>It was saved with another password (changed on the other computer): Merge asks for it.</source>
        <translation>다른 비밀번호로 저장되었습니다(다른 컴퓨터에서 변경됨). 병합 시 해당 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>It cannot be merged: %1</source>
        <translation>병합할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>An older copy of this vault replaced a newer version, which is kept in %1.</source>
        <translation>이 보관함의 이전 사본이 최신 버전을 대체했습니다. 최신 버전은 %1에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>A copy of this vault changed on another computer: %1</source>
        <translation>이 보관함의 사본이 다른 컴퓨터에서 변경되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ConflictCopyOffers</name>
    <message>
        <source>%1 was saved with another password, changed on the other computer. Enter that password to merge it.</source>
        <translation>%1은(는) 다른 컴퓨터에서 변경된 다른 비밀번호로 저장되었습니다. 병합하려면 해당 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>%1 was not merged.
%2</source>
        <translation>%1을(를) 병합하지 못했습니다.
%2</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 removed, %5 flagged as likely duplicates.</source>
        <translation>%1을(를) 병합했습니다. 추가 %2개, 업데이트 %3개, 제거 %4개, 중복 가능성 표시 %5개.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <source>Twostep keeps your accounts in an encrypted file. Choose the password that opens it.</source>
        <translation>Twostep은 계정을 암호화된 파일에 보관합니다. 이 파일을 여는 비밀번호를 정하세요.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>If you forget this password, the accounts in the vault cannot be recovered: nobody, not even Twostep, can open it without the password.</source>
        <translation>이 비밀번호를 잊으면 보관함의 계정은 복구할 수 없습니다. 비밀번호 없이는 누구도, Twostep조차도 보관함을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>보관함 파일: %1</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <source>Use a long passphrase: several unrelated words are easy to type and hard to guess.</source>
        <translation>긴 암호 문구를 쓰세요. 서로 관계없는 단어 몇 개는 입력하기 쉽고 추측하기 어렵습니다.</translation>
    </message>
    <message>
        <source>Strength: weak — easy to guess.</source>
        <translation>강도: 약함 — 추측하기 쉽습니다.</translation>
    </message>
    <message>
        <source>Strength: fair — longer would be safer.</source>
        <translation>강도: 보통 — 더 길면 더 안전합니다.</translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation>강도: 좋음.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>강도: 강함.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>생성 중…</translation>
    </message>
</context>
<context>
    <name>twostep::ui::EditAccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>계정 편집</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>발급자(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>계정 이름(&amp;A):</translation>
    </message>
    <message>
        <source>Enter an account name or an issuer.</source>
        <translation>계정 이름이나 발급자를 입력하세요.</translation>
    </message>
    <message>
        <source>MFA device &amp;ARN:</source>
        <translation>MFA 디바이스 ARN(&amp;A):</translation>
    </message>
    <message>
        <source>Enter the MFA device ARN as arn:aws:iam::ACCOUNTID:mfa/DEVICE, or leave it empty.</source>
        <translation>MFA 디바이스 ARN을 arn:aws:iam::ACCOUNTID:mfa/DEVICE 형식으로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Twostep will no longer generate its codes. Unless the service has another way for you to sign in, turn off two-factor authentication there first, or keep a backup.</source>
        <translation>Twostep이 더 이상 이 계정의 코드를 만들지 않습니다. 서비스에 다른 로그인 방법이 없다면 먼저 그곳에서 2단계 인증을 끄거나 백업을 보관하세요.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>twostep::ui::EnrollmentDialog</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>2단계 인증 설정</translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s clock is not synchronised with a time server. If the codes are rejected, turn on automatic time synchronisation (NTP) and try again.</source>
        <translation>경고: 이 컴퓨터의 시계가 시간 서버와 동기화되어 있지 않습니다. 코드가 거부되면 자동 시간 동기화(NTP)를 켜고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>AWS account: %1</source>
        <translation>AWS 계정: %1</translation>
    </message>
    <message>
        <source>MFA device: %1</source>
        <translation>MFA 디바이스: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>MFA code 1</source>
        <translation>MFA 코드 1</translation>
    </message>
    <message>
        <source>MFA code 2</source>
        <translation>MFA 코드 2</translation>
    </message>
    <message>
        <source>Enter code 1 in the &quot;MFA code 1&quot; field and code 2 in the &quot;MFA code 2&quot; field, then submit right away.</source>
        <translation>코드 1은 &quot;MFA 코드 1&quot; 칸에, 코드 2는 &quot;MFA 코드 2&quot; 칸에 입력한 다음 바로 제출하세요.</translation>
    </message>
    <message>
        <source>Less than 5 seconds left: wait for the next pair so that both codes are still valid when you submit them.</source>
        <translation>5초도 남지 않았습니다. 제출할 때 두 코드가 모두 유효하도록 다음 코드 쌍을 기다리세요.</translation>
    </message>
    <message>
        <source>Copy both</source>
        <translation>둘 다 복사</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>카운터 %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more second(s)</source>
        <translation>
            <numerusform>%n초 동안 유효</numerusform>
        </translation>
    </message>
    <message>
        <source>No counter after the largest</source>
        <translation>최대 카운터 다음 값 없음</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ExportDialog</name>
    <message>
        <source>Backup password</source>
        <translation>백업 비밀번호</translation>
    </message>
    <message>
        <source>Choose a password for the backup file. Without it the backup cannot be opened; it cannot be recovered.</source>
        <translation>백업 파일의 비밀번호를 정하세요. 비밀번호 없이는 백업을 열 수 없으며 비밀번호는 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>확인(&amp;R):</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>계정 내보내기</translation>
    </message>
    <message>
        <source>Choose the accounts to export, then how.</source>
        <translation>내보낼 계정을 고른 다음 방법을 고르세요.</translation>
    </message>
    <message>
        <source>Show &amp;QR code of the selected account</source>
        <translation>선택한 계정의 QR 코드 보기(&amp;Q)</translation>
    </message>
    <message>
        <source>For another authenticator app: one QR code per account.</source>
        <translation>다른 인증 앱용: 계정마다 QR 코드 하나.</translation>
    </message>
    <message>
        <source>&amp;Transfer QR codes for Google Authenticator</source>
        <translation>Google Authenticator용 전송 QR 코드(&amp;T)</translation>
    </message>
    <message>
        <source>Google Authenticator&apos;s &quot;Transfer accounts&quot; format, up to 10 accounts per QR code.</source>
        <translation>Google Authenticator의 &quot;계정 전송&quot; 형식, QR 코드 하나에 계정 최대 10개.</translation>
    </message>
    <message>
        <source>Encrypted &amp;backup file…</source>
        <translation>암호화된 백업 파일(&amp;B)…</translation>
    </message>
    <message>
        <source>A Twostep vault file with its own password.</source>
        <translation>자체 비밀번호가 있는 Twostep 보관함 파일.</translation>
    </message>
    <message>
        <source>&amp;Plain otpauth list…</source>
        <translation>평문 otpauth 목록(&amp;P)…</translation>
    </message>
    <message>
        <source>Unencrypted text: anyone who reads it has your accounts.</source>
        <translation>암호화되지 않은 텍스트: 읽는 사람은 누구나 계정을 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>Save encrypted backup</source>
        <translation>암호화된 백업 저장</translation>
    </message>
    <message>
        <source>Twostep vault (*.twostep)</source>
        <translation>Twostep 보관함 (*.twostep)</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>암호화된 백업</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) saved to %1.</source>
        <translation>
            <numerusform>계정 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) left out:</source>
        <translation>
            <numerusform>계정 %n개 제외됨:</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain otpauth list</source>
        <translation>평문 otpauth 목록</translation>
    </message>
    <message>
        <source>The list shows every secret key in plain text. Anyone who sees or copies it can generate your codes. Show it anyway?</source>
        <translation>이 목록은 모든 비밀 키를 평문으로 보여 줍니다. 보거나 복사한 사람은 누구나 코드를 만들 수 있습니다. 그래도 보여 줄까요?</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Aegis JSON (for Aegis on Android)…</source>
        <translation>&amp;Aegis JSON (Android용 Aegis)…</translation>
    </message>
    <message>
        <source>An unencrypted Aegis vault file that Aegis imports: anyone who reads it has your accounts.</source>
        <translation>Aegis가 가져올 수 있는 암호화되지 않은 Aegis 보관함 파일: 읽는 사람은 누구나 계정을 가질 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>Aegis JSON</source>
        <translation>Aegis JSON</translation>
    </message>
    <message>
        <source>The file holds every secret key in plain text. Anyone who reads it can generate your codes. Import it into Aegis, then delete it. Save it anyway?</source>
        <translation>이 파일에는 모든 비밀 키가 평문으로 들어 있습니다. 읽는 사람은 누구나 코드를 만들 수 있습니다. Aegis로 가져온 뒤 삭제하세요. 그래도 저장할까요?</translation>
    </message>
    <message>
        <source>Aegis vault (*.json)</source>
        <translation>Aegis 보관함 (*.json)</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>계정 가져오기</translation>
    </message>
    <message>
        <source>Choose an export file of another authenticator app, or drop it on this window. Twostep reads: %1.</source>
        <translation>다른 인증 앱에서 내보낸 파일을 고르거나 이 창에 끌어 놓으세요. Twostep이 읽을 수 있는 형식: %1.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>This file is encrypted. Enter the password it was exported with.</source>
        <translation>이 파일은 암호화되어 있습니다. 내보낼 때 쓴 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (암호화됨)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in the file.</source>
        <translation>
            <numerusform>파일에 계정 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in Twostep or repeated: not checked.</source>
        <translation>
            <numerusform>그중 %n개는 Twostep에 이미 있거나 중복이라 선택하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped: they cannot be imported.</source>
        <translation>
            <numerusform>항목 %n개를 건너뜀: 가져올 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (not imported):</source>
        <translation>건너뜀(가져오지 않음):</translation>
    </message>
    <message>
        <source>Notes (these accounts are imported):</source>
        <translation>참고(이 계정은 가져옴):</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with Twostep…</source>
        <translation>파일을 읽고 Twostep의 계정과 비교하는 중…</translation>
    </message>
</context>
<context>
    <name>twostep::ui::KeyringStore</name>
    <message>
        <source>The desktop keyring is not available or refused access (%1).</source>
        <translation>데스크톱 키링을 사용할 수 없거나 접근이 거부되었습니다(%1).</translation>
    </message>
    <message>
        <source>The keyring on this computer has no key for this vault.</source>
        <translation>이 컴퓨터의 키링에 이 보관함의 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::MainWindow</name>
    <message>
        <source>Twostep</source>
        <translation>Twostep</translation>
    </message>
    <message>
        <source>Add from clip&amp;board</source>
        <translation>클립보드에서 추가(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>계정 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>코드 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;MFA codes 1 and 2…</source>
        <translation>MFA 코드 1, 2 보기(&amp;M)…</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>QR 코드 보기(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About Twostep</source>
        <translation>Twostep 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Twostep</source>
        <translation>Twostep 정보</translation>
    </message>
    <message>
        <source>Twostep %1 — a desktop authenticator (virtual MFA device).
GPL-3.0-or-later.</source>
        <translation>Twostep %1 — 데스크톱 인증 앱(가상 MFA 디바이스).
GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>보관함(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>잠겼습니다.</translation>
    </message>
    <message>
        <source>Unlock to add the accounts of %1.</source>
        <translation>%1의 계정을 추가하려면 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>그래도 잠그기</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>그래도 종료</translation>
    </message>
    <message>
        <source>Twostep stayed unlocked</source>
        <translation>Twostep이 잠기지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet, so Twostep did not lock the vault.</source>
        <translation>
            <numerusform>변경 사항 %n개를 아직 저장하지 못해 Twostep이 보관함을 잠그지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault: %1
Backups: %2</source>
        <translation>보관함: %1
백업: %2</translation>
    </message>
    <message numerus="yes">
        <source>Your vault moved to %1 (with %n backup(s)); it was at %2.</source>
        <translation>
            <numerusform>보관함이 %1(으)로 이동했습니다(백업 %n개 포함). 이전 위치: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import icon &amp;pack…</source>
        <translation>아이콘 팩 가져오기(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ManualEntryWidget</name>
    <message>
        <source>e.g. Amazon Web Services</source>
        <translation>예: Amazon Web Services</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>발급자(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. root@123456789012</source>
        <translation>예: root@123456789012</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>계정 이름(&amp;A):</translation>
    </message>
    <message>
        <source>The secret key shown by &quot;Show secret key&quot;</source>
        <translation>&quot;보안 키 표시&quot;로 보이는 비밀 키</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>비밀 키(&amp;S):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>시간 기반 (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>카운터 기반 (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>종류(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>알고리즘(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>자릿수(&amp;D):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>주기(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>카운터(&amp;C):</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>비밀 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an account name or an issuer.</source>
        <translation>계정 이름이나 발급자를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::PasswordDialog</name>
    <message>
        <source>Vault password</source>
        <translation>보관함 비밀번호</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
</context>
<context>
    <name>twostep::ui::QrDialog</name>
    <message>
        <source>This QR code contains the secret key. Anyone who scans or photographs it can generate your codes. Do not share it or leave it on the screen.</source>
        <translation>이 QR 코드에는 비밀 키가 들어 있습니다. 스캔하거나 촬영한 사람은 누구나 코드를 만들 수 있습니다. 공유하지 말고 화면에 띄워 두지 마세요.</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>%1의 QR 코드</translation>
    </message>
    <message numerus="yes">
        <source>Scan all %n QR codes, one after the other, with Google Authenticator&apos;s &quot;Import accounts&quot;.</source>
        <translation>
            <numerusform>Google Authenticator의 &quot;계정 가져오기&quot;로 QR 코드 %n개를 차례로 모두 스캔하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer accounts</source>
        <translation>계정 전송</translation>
    </message>
    <message>
        <source>There is nothing to show: none of these accounts can be exported this way.</source>
        <translation>보여 줄 것이 없습니다: 이 방법으로 내보낼 수 있는 계정이 없습니다.</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QR 코드 %1/%2</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR 코드 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg)</translation>
    </message>
    <message numerus="yes">
        <source>This window closes by itself in %n second(s).</source>
        <translation>
            <numerusform>이 창은 %n초 뒤 저절로 닫힙니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::RollbackBar</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The vault file went back from save %1 to save %2: an older copy replaced it (a synced folder or a restore), and Twostep now shows that copy.</source>
        <translation>보관함 파일이 저장 %1에서 저장 %2(으)로 되돌아갔습니다. 이전 사본(동기화 폴더 또는 복원)이 파일을 대체했으며, Twostep은 이제 그 사본을 표시합니다.</translation>
    </message>
    <message>
        <source>No copy of the newer version is left on this computer.</source>
        <translation>이 컴퓨터에는 최신 버전의 사본이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>The newer version is kept in %1. To bring it back, quit Twostep and copy that file over %2.</source>
        <translation>최신 버전은 %1에 보관되어 있습니다. 되돌리려면 Twostep을 종료한 다음 그 파일을 %2 위에 복사하세요.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ScreenCapture</name>
    <message>
        <source>The screen could not be captured.</source>
        <translation>화면을 캡처할 수 없습니다.</translation>
    </message>
    <message>
        <source>The screen could not be captured: no desktop session bus.</source>
        <translation>화면을 캡처할 수 없습니다: 데스크톱 세션 버스가 없습니다.</translation>
    </message>
    <message>
        <source>The desktop refused the screenshot: %1</source>
        <translation>데스크톱이 스크린샷을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>스크린샷이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The screenshot could not be read.</source>
        <translation>스크린샷을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks</source>
        <translation>화면이 잠기면 보관함 잠그기</translation>
    </message>
    <message>
        <source>Closing the window keeps Twostep in the tray</source>
        <translation>창을 닫아도 Twostep을 트레이에 두기</translation>
    </message>
    <message>
        <source>Always show the next code (otherwise on hover)</source>
        <translation>다음 코드를 항상 보이기 (아니면 마우스를 올릴 때)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Clear copied codes after:</source>
        <translation>복사한 코드 지우기:</translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation>사용하지 않을 때 잠그기:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>A new language applies the next time Twostep starts.</source>
        <translation>새 언어는 Twostep을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Start Twostep in the tray when I log in</source>
        <translation>로그인할 때 트레이에서 Twostep 시작</translation>
    </message>
    <message>
        <source>Remember on this computer (unlock with the desktop keyring)</source>
        <translation>이 컴퓨터에서 기억하기(데스크톱 키링으로 잠금 해제)</translation>
    </message>
    <message>
        <source>Turning this off removes the vault&apos;s key from the keyring; the password keeps working either way.</source>
        <translation>끄면 보관함의 키가 키링에서 삭제됩니다. 어느 쪽이든 비밀번호는 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unlock the vault to change this.</source>
        <translation>변경하려면 보관함의 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>매번 확인</translation>
    </message>
    <message>
        <source>Allow while unlocked</source>
        <translation>잠금 해제 중에는 허용</translation>
    </message>
    <message>
        <source>Whether twostep-cli may take codes from this window while it is unlocked, without the vault password.</source>
        <translation>잠금 해제된 이 창에서 보관함 비밀번호 없이 twostep-cli가 코드를 가져올 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Codes for the command line:</source>
        <translation>명령줄용 코드:</translation>
    </message>
    <message>
        <source>Hide codes until revealed (select a row to see its code)</source>
        <translation>표시하기 전까지 코드 숨기기(행을 선택하면 코드가 보입니다)</translation>
    </message>
</context>
<context>
    <name>twostep::ui::TrayIcon</name>
    <message>
        <source>Twostep</source>
        <translation>Twostep</translation>
    </message>
    <message>
        <source>Copy code: %1</source>
        <translation>코드 복사: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window</source>
        <translation>
            <numerusform>창에 %n개 더 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide Twostep</source>
        <translation>Twostep 보이기/숨기기</translation>
    </message>
    <message>
        <source>★ Copy code: %1</source>
        <translation>★ 코드 복사: %1</translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>보관함 잠금 해제</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>보관함 파일: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>잠금 해제 중…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>이 컴퓨터에서 기억하기</translation>
    </message>
    <message>
        <source>The desktop keyring keeps a key for this vault, so Twostep unlocks without the password when it starts. The password keeps working. Turn it off in Settings.</source>
        <translation>데스크톱 키링이 이 보관함의 키를 저장해 두므로 Twostep을 시작할 때 비밀번호 없이 잠금이 해제됩니다. 비밀번호도 계속 사용할 수 있습니다. 설정에서 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>Unlock with keyring</source>
        <translation>키링으로 잠금 해제</translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnsavedChanges</name>
    <message>
        <source>Your changes are saved now.</source>
        <translation>변경 사항이 이제 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved and will be lost.</source>
        <translation>
            <numerusform>변경 사항 %n개를 저장하지 못했습니다. 계속하면 사라집니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::UnsavedChangesBar</name>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: %1. Twostep keeps them in memory and will try again.</source>
        <translation>
            <numerusform>변경 사항 %n개가 아직 저장되지 않았습니다: %1. Twostep이 메모리에 보관하며 다시 시도합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::VaultSession</name>
    <message>
        <source>Check Caps Lock and the keyboard layout.</source>
        <translation>Caps Lock과 키보드 배열을 확인하세요.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Twostep could not remember the vault on this computer.</source>
        <translation>Twostep이 이 컴퓨터에서 보관함을 기억하지 못했습니다.</translation>
    </message>
    <message>
        <source>Twostep could not forget the vault on this computer.</source>
        <translation>Twostep이 이 컴퓨터에서 보관함 기억을 해제하지 못했습니다.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring now unlocks the vault.</source>
        <translation>이제 이 컴퓨터의 키링으로 보관함의 잠금이 해제됩니다.</translation>
    </message>
    <message>
        <source>The keyring no longer unlocks the vault; the password does.</source>
        <translation>이제 키링으로는 보관함의 잠금이 해제되지 않습니다. 비밀번호를 사용하세요.</translation>
    </message>
    <message>
        <source>Turning this off gives the vault a new key, which needs its password: the vault was unlocked through the keyring.</source>
        <translation>이 설정을 끄면 보관함에 새 키가 생성되며, 이를 위해 비밀번호가 필요합니다. 보관함이 키링으로 잠금 해제되었습니다.</translation>
    </message>
</context>
</TS>
