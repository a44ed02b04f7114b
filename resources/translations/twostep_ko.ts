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
    <name>ReplaceQuestion</name>
    <message>
        <source>%1, added on %2</source>
        <translation>%1, %2에 추가됨</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault already holds an account with this issuer and name, with another secret:</source>
        <translation>보관함에 발급자와 이름이 같지만 비밀 키가 다른 계정이 이미 있습니다:</translation>
    </message>
    <message>
        <source>The vault already holds accounts with these issuers and names, with other secrets:</source>
        <translation>보관함에 발급자와 이름이 같지만 비밀 키가 다른 계정들이 이미 있습니다:</translation>
    </message>
    <message>
        <source>Same account, new secret</source>
        <translation>같은 계정, 새 비밀 키</translation>
    </message>
    <message>
        <source>AWS hands out a new secret each time &quot;Assign MFA device&quot; is started again, and only the newest one works. The vault keeps the old one in its backups.</source>
        <translation>AWS는 &quot;MFA 디바이스 할당&quot;을 다시 시작할 때마다 새 비밀 키를 발급하며, 가장 최근 것만 작동합니다. 이전 계정은 보관함의 백업에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Replace the old one</source>
        <translation>이전 계정 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>둘 다 유지(&amp;K)</translation>
    </message>
</context>
<context>
    <name>twostep::ui::AboutBox</name>
    <message>
        <source>Twostep %1 — a desktop authenticator (virtual MFA device).</source>
        <translation>Twostep %1 — 데스크톱 인증 앱(가상 MFA 디바이스).</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. You may share and change Twostep under its terms; it comes with no warranty.</source>
        <translation>라이선스: GPL-3.0-or-later. 이 라이선스 조건에 따라 Twostep을 공유하고 수정할 수 있으며, 어떠한 보증도 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>Vault: %1
Backups: %2</source>
        <translation>보관함: %1
백업: %2</translation>
    </message>
    <message>
        <source>About Twostep</source>
        <translation>Twostep 정보</translation>
    </message>
    <message>
        <source>Twostep</source>
        <translation>Twostep</translation>
    </message>
    <message numerus="yes">
        <source>Your vault moved to %1 (with %n backup(s)); it was at %2.</source>
        <translation>
            <numerusform>보관함이 %1(으)로 이동했습니다(백업 %n개 포함). 이전 위치: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::AccountActions</name>
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
        <source>%1 (its MFA device ARN is already %2&apos;s)</source>
        <translation>%1 (MFA 디바이스 ARN이 이미 %2에 설정되어 있음)</translation>
    </message>
    <message>
        <source>Added without an MFA device ARN: %1.</source>
        <translation>MFA 디바이스 ARN 없이 추가됨: %1.</translation>
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
    <message>
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 제거</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) of the pack could not be used.</source>
        <translation>
            <numerusform>팩의 아이콘 %n개는 사용할 수 없습니다.</numerusform>
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
        <source>No account matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 계정이 없습니다.</translation>
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
        <source>Filter accounts</source>
        <translation>계정 필터</translation>
    </message>
    <message>
        <source>Shows only the accounts whose issuer or name contains this text.</source>
        <translation>발급자나 이름에 이 텍스트가 들어 있는 계정만 표시합니다.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Each account with its current code. Enter copies the code.</source>
        <translation>각 계정과 현재 코드입니다. Enter 키를 누르면 코드를 복사합니다.</translation>
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
    <message>
        <source>&amp;Enter the secret key instead</source>
        <translation>대신 비밀 키 입력(&amp;E)</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>찾은 계정</translation>
    </message>
    <message>
        <source>The accounts found in the scanned QR codes; checked ones are added.</source>
        <translation>스캔한 QR 코드에서 찾은 계정입니다. 선택한 계정이 추가됩니다.</translation>
    </message>
    <message>
        <source>The clipboard holds neither an image, an otpauth link nor a secret key.</source>
        <translation>클립보드에 이미지, otpauth 링크, 비밀 키 중 어느 것도 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to add yet: enter the secret key and an issuer or an account name.</source>
        <translation>아직 추가할 것이 없습니다. 비밀 키와 발급자 또는 계정 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Nothing to add yet: open, paste or drop a screenshot of the QR code, or scan the screen.</source>
        <translation>아직 추가할 것이 없습니다. QR 코드 스크린샷을 열거나 붙여 넣거나 끌어다 놓거나, 화면을 스캔하세요.</translation>
    </message>
    <message>
        <source>Nothing to add: no account is checked.</source>
        <translation>추가할 것이 없습니다. 선택한 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to add: every account found is already in the vault or repeats one above.</source>
        <translation>추가할 것이 없습니다. 찾은 계정이 모두 이미 보관함에 있거나 위의 계정과 중복됩니다.</translation>
    </message>
    <message>
        <source>On the AWS page the QR code appears only after you click &quot;Show QR code&quot;. You can also click &quot;Show secret key&quot; there and enter the key here instead.</source>
        <translation>AWS 페이지에서는 &quot;QR 코드 표시&quot;를 클릭해야 QR 코드가 나타납니다. 또는 그 페이지에서 &quot;비밀 키 표시&quot;를 클릭하고 여기에 키를 입력할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ClipboardService</name>
    <message>
        <source>The code was not copied: the desktop accepts the clipboard only from the focused window. Open Twostep&apos;s window and copy again.</source>
        <translation>코드를 복사하지 못했습니다. 데스크톱은 포커스가 있는 창에서만 클립보드를 받습니다. Twostep 창을 열고 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The code was not copied: another program holds the clipboard. Copy again.</source>
        <translation>코드를 복사하지 못했습니다. 다른 프로그램이 클립보드를 사용 중입니다. 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The copied code is still on the clipboard: on Wayland, Twostep can clear the clipboard only while its window is focused. It is cleared when you return to Twostep.</source>
        <translation>복사한 코드가 아직 클립보드에 있습니다. Wayland에서는 Twostep 창에 포커스가 있을 때만 클립보드를 비울 수 있습니다. Twostep으로 돌아오면 비워집니다.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ClockAndSearchSettings</name>
    <message>
        <source>Check the clock against a time server</source>
        <translation>시간 서버로 시계 확인</translation>
    </message>
    <message>
        <source>None: any search lists matching accounts</source>
        <translation>없음: 모든 검색에서 일치하는 계정 표시</translation>
    </message>
    <message>
        <source>GNOME Shell and KRunner list your accounts (names only, never codes) while the vault is unlocked. With a keyword, only searches that start with it do.</source>
        <translation>보관함이 잠금 해제되어 있는 동안 GNOME Shell과 KRunner가 계정을 표시합니다(이름만, 코드는 표시하지 않음). 키워드를 지정하면 그 키워드로 시작하는 검색에서만 표시합니다.</translation>
    </message>
    <message>
        <source>Twostep then sends this server one 48-byte time request (SNTP) at start and when this setting changes. The request holds nothing of the vault and not even this computer&apos;s time; the server sees your IP address.</source>
        <translation>이 경우 Twostep은 시작할 때와 이 설정이 바뀔 때 이 서버에 48바이트 시간 요청(SNTP)을 한 번 보냅니다. 요청에는 보관함의 어떤 내용도, 이 컴퓨터의 시간도 들어 있지 않으며, 서버는 사용자의 IP 주소를 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Desktop search keyword:</source>
        <translation>데스크톱 검색 키워드:</translation>
    </message>
    <message>
        <source>Time server:</source>
        <translation>시간 서버:</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ClockBar</name>
    <message>
        <source>Use the server&apos;s time</source>
        <translation>서버 시간 사용</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The clock could not be checked against %1: %2</source>
        <translation>%1(으)로 시계를 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The clock is %1 s from the time of %2.</source>
        <translation>시계가 %2의 시간과 %1초 차이가 납니다.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind the time of %2.</source>
        <translation>이 컴퓨터의 시계가 %2의 시간보다 %1초 느립니다.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of the time of %2.</source>
        <translation>이 컴퓨터의 시계가 %2의 시간보다 %1초 빠릅니다.</translation>
    </message>
    <message>
        <source>The codes shown now follow the time of %1.</source>
        <translation>이제 표시되는 코드는 %1의 시간을 따릅니다.</translation>
    </message>
    <message>
        <source>The system clock is not synchronised with a time server, so codes may be refused. Turn on automatic date and time in the system settings.</source>
        <translation>시스템 시계가 시간 서버와 동기화되어 있지 않아 코드가 거부될 수 있습니다. 시스템 설정에서 자동 날짜 및 시간을 켜세요.</translation>
    </message>
    <message>
        <source>The codes shown use the server&apos;s time.</source>
        <translation>표시되는 코드는 서버 시간을 사용합니다.</translation>
    </message>
    <message>
        <source>Codes from this clock may be refused.</source>
        <translation>이 시계로 계산한 코드는 거부될 수 있습니다.</translation>
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
    <message>
        <source>%1 (run by %2)</source>
        <translation>%1(%2에서 실행)</translation>
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
    <message>
        <source>Don&apos;t merge</source>
        <translation>병합 안 함</translation>
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
    <message>
        <source>%1 is no longer offered for merging; it stays in backups/ until pruned.</source>
        <translation>%1은(는) 더 이상 병합 대상으로 표시되지 않습니다. 정리될 때까지 backups/에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Nothing to merge: the vault already has every change of %1. Nothing was written.</source>
        <translation>병합할 항목이 없습니다. 볼트에 %1의 모든 변경 사항이 이미 있습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to merge: the vault already has every change of %1 (%n of its accounts were deleted here later). Nothing was written.</source>
        <translation>
            <numerusform>병합할 항목이 없습니다. 볼트에 %1의 모든 변경 사항이 이미 있습니다(계정 %n개는 이후 여기에서 삭제됨). 아무것도 쓰지 않았습니다.</numerusform>
        </translation>
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
    <name>twostep::ui::DesktopSearch</name>
    <message>
        <source>Unlock Twostep</source>
        <translation>Twostep 잠금 해제</translation>
    </message>
    <message>
        <source>Open Twostep to unlock the vault</source>
        <translation>Twostep을 열어 보관함 잠금 해제</translation>
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
    <message>
        <source>Added:</source>
        <translation>추가한 날짜:</translation>
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
    <message>
        <source>Copy code 1</source>
        <translation>코드 1 복사</translation>
    </message>
    <message>
        <source>Copy code 2</source>
        <translation>코드 2 복사</translation>
    </message>
    <message>
        <source>MFA code 1 copied: paste it into the &quot;MFA code 1&quot; field, then copy code 2.</source>
        <translation>MFA 코드 1을 복사했습니다. &quot;MFA 코드 1&quot; 필드에 붙여 넣은 다음 코드 2를 복사하세요.</translation>
    </message>
    <message>
        <source>MFA code 2 copied: paste it into the &quot;MFA code 2&quot; field.</source>
        <translation>MFA 코드 2를 복사했습니다. &quot;MFA 코드 2&quot; 필드에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Another account with this issuer and name, added on %1, is in the vault. Once AWS accepts these codes, only this one works.</source>
        <translation>발급자와 이름이 같은 다른 계정(%1에 추가됨)이 보관함에 있습니다. AWS가 이 코드를 받아들이면 이 계정만 작동합니다.</translation>
    </message>
    <message>
        <source>New codes: copy code 1 again.</source>
        <translation>코드가 바뀌었습니다. 코드 1을 다시 복사하세요.</translation>
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
    <message>
        <source>Accounts to export</source>
        <translation>내보낼 계정</translation>
    </message>
</context>
<context>
    <name>twostep::ui::GlobalShortcuts</name>
    <message>
        <source>Copy the code of the favourite account</source>
        <translation>즐겨찾기 계정의 코드 복사</translation>
    </message>
    <message>
        <source>Show Twostep</source>
        <translation>Twostep 표시</translation>
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
    <message>
        <source>File password</source>
        <translation>파일 비밀번호</translation>
    </message>
    <message>
        <source>The password the file was exported with.</source>
        <translation>파일을 내보낼 때 사용한 비밀번호입니다.</translation>
    </message>
    <message>
        <source>Accounts in the file</source>
        <translation>파일의 계정</translation>
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
    <message>
        <source>The desktop keyring has no keyring to keep the key in (on GNOME, create a &quot;Login&quot; keyring in Passwords and Keys), so Twostep cannot remember the vault here.</source>
        <translation>데스크톱 키링에 키를 보관할 키링이 없어 Twostep이 이 컴퓨터에서 보관함을 기억할 수 없습니다(GNOME에서는 &quot;암호 및 키&quot;에서 &quot;로그인&quot; 키링을 만드세요).</translation>
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
    <message>
        <source>S&amp;how</source>
        <translation>표시(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the secret key</source>
        <translation>비밀 키 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>숨기기(&amp;H)</translation>
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
    <name>twostep::ui::RemoteCopy</name>
    <message>
        <source>No code copied</source>
        <translation>복사된 코드 없음</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>코드 복사됨</translation>
    </message>
    <message>
        <source>The code of %1 is on the clipboard.</source>
        <translation>%1의 코드를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Mark an account as a favourite, or choose the shortcut&apos;s account in Settings.</source>
        <translation>계정을 즐겨찾기에 추가하거나 설정에서 단축키의 계정을 선택하세요.</translation>
    </message>
    <message>
        <source>Open Twostep&apos;s window and copy again.</source>
        <translation>Twostep 창을 열고 다시 복사하세요.</translation>
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
        <source>The newer version is kept in %1. To bring its accounts back into %2, press Merge on the bar below; it stays offered until merged.</source>
        <translation>최신 버전은 %1에 보관되어 있습니다. 그 계정을 %2(으)로 되돌리려면 아래 표시줄에서 병합을 누르세요. 병합할 때까지 계속 표시됩니다.</translation>
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
    <message numerus="yes">
        <source>The desktop did not take the screenshot within %n seconds. Try again, or open a saved screenshot with &quot;Open screenshot&quot;.</source>
        <translation>
            <numerusform>데스크톱이 %n초 안에 스크린샷을 찍지 않았습니다. 다시 시도하거나 저장된 스크린샷을 &quot;스크린샷 열기&quot;로 여세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twostep::ui::ScreenCaptureWait</name>
    <message>
        <source>Waiting for the desktop to take the screenshot…</source>
        <translation>데스크톱이 스크린샷을 찍기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Scan screen</source>
        <translation>화면 스캔</translation>
    </message>
    <message>
        <source>Waiting for the desktop</source>
        <translation>데스크톱을 기다리는 중</translation>
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
        <source>No desktop keyring answers on this computer (Secret Service or KWallet), so Twostep cannot remember the vault here: unlock it with the password.</source>
        <translation>이 컴퓨터에서 응답하는 데스크톱 키링(Secret Service 또는 KWallet)이 없어 Twostep이 여기에서 보관함을 기억할 수 없습니다. 암호로 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Copy the next code</source>
        <translation>다음 코드 복사</translation>
    </message>
    <message>
        <source>Copy the current code and warn</source>
        <translation>현재 코드를 복사하고 경고</translation>
    </message>
    <message numerus="yes">
        <source>Copying with under %n second(s) left:</source>
        <translation>
            <numerusform>%n초 미만 남았을 때 복사:</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide codes until revealed (select a row or press Space)</source>
        <translation>표시하기 전까지 코드 숨기기(행 선택 또는 Space 키)</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons (on GNOME, the AppIndicator extension adds them), so Twostep cannot stay in the tray.</source>
        <translation>이 데스크톱은 트레이 아이콘을 표시하지 않으므로(GNOME에서는 AppIndicator 확장 프로그램이 추가해 줌) Twostep이 트레이에 머물 수 없습니다.</translation>
    </message>
    <message>
        <source>For screen sharing: a code shows on its selected row for 30 seconds.</source>
        <translation>화면 공유용: 코드는 선택한 행에서 30초 동안 보입니다.</translation>
    </message>
</context>
<context>
    <name>twostep::ui::ShortcutSettings</name>
    <message>
        <source>Desktop shortcut</source>
        <translation>데스크톱 바로 가기 키</translation>
    </message>
    <message>
        <source>(unlock to see the account)</source>
        <translation>(계정을 보려면 잠금 해제)</translation>
    </message>
    <message>
        <source>Account to copy:</source>
        <translation>복사할 계정:</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>The desktop&apos;s global shortcuts &quot;Copy the code of the favourite account&quot; and &quot;Show Twostep&quot; are set; change their keys in the desktop&apos;s keyboard settings. This command does the same from any custom shortcut:</source>
        <translation>데스크톱의 전역 바로 가기 키 &quot;즐겨찾기 계정의 코드 복사&quot;와 &quot;Twostep 표시&quot;가 설정되어 있습니다. 키는 데스크톱의 키보드 설정에서 변경하세요. 사용자 지정 바로 가기 키에서는 다음 명령이 같은 일을 합니다:</translation>
    </message>
    <message>
        <source>Asking the desktop for global shortcuts…</source>
        <translation>데스크톱에 전역 바로 가기 키를 요청하는 중…</translation>
    </message>
    <message>
        <source>The desktop did not allow the global shortcuts. Bind this command to a key in the desktop&apos;s keyboard settings (custom shortcuts) instead:</source>
        <translation>데스크톱이 전역 바로 가기 키를 허용하지 않았습니다. 대신 데스크톱의 키보드 설정(사용자 지정 바로 가기 키)에서 다음 명령을 키에 지정하세요:</translation>
    </message>
    <message>
        <source>This desktop offers no global shortcuts to applications (no GlobalShortcuts portal). Bind this command to a key in the desktop&apos;s keyboard settings (custom shortcuts):</source>
        <translation>이 데스크톱은 애플리케이션에 전역 바로 가기 키를 제공하지 않습니다(GlobalShortcuts 포털 없음). 데스크톱의 키보드 설정(사용자 지정 바로 가기 키)에서 다음 명령을 키에 지정하세요:</translation>
    </message>
    <message>
        <source>The first favourite</source>
        <translation>첫 번째 즐겨찾기</translation>
    </message>
</context>
<context>
    <name>twostep::ui::StepEndChoice</name>
    <message numerus="yes">
        <source>The code had %n second(s) left: the next code was copied; it works from the next step on.</source>
        <translation>
            <numerusform>코드가 %n초 남아 다음 코드를 복사했습니다. 다음 단계부터 사용할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code copied, but it expires in %n second(s): enter it at once, or wait and copy the next one.</source>
        <translation>
            <numerusform>코드를 복사했지만 %n초 뒤 만료됩니다. 바로 입력하거나, 기다렸다가 다음 코드를 복사하세요.</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Vault password</source>
        <translation>보관함 비밀번호</translation>
    </message>
    <message>
        <source>The password that unlocks the vault.</source>
        <translation>보관함의 잠금을 해제하는 비밀번호입니다.</translation>
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
