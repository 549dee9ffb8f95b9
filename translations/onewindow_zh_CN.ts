<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantCheck</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; %1 typed.</source>
        <translation>身份证号码应为18位，当前输入%1位。</translation>
    </message>
    <message>
        <source>Only digits are allowed, and X only as the last character.</source>
        <translation>只能输入数字，X只能作为最后一位。</translation>
    </message>
    <message>
        <source>The birth date in the number (%1) is not a real date.</source>
        <translation>号码中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the number lies in the future.</source>
        <translation>号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check digit does not match: please check the number for a typing error.</source>
        <translation>校验码不符，请核对号码是否录入有误。</translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation>身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 typed.</source>
        <translation>统一社会信用代码应为18位，当前输入%1位。</translation>
    </message>
    <message>
        <source>The credit code contains a character that is not allowed (I, O, S, V, Z and punctuation never occur).</source>
        <translation>信用代码含有不允许的字符（不使用I、O、S、V、Z及标点符号）。</translation>
    </message>
    <message>
        <source>The organisation code inside the credit code (characters 9–17) does not check: please check the code for a typing error.</source>
        <translation>信用代码中的组织机构代码（第9–17位）校验不通过，请核对是否录入有误。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: please check the code for a typing error.</source>
        <translation>校验码（最后一位）不符，请核对代码是否录入有误。</translation>
    </message>
    <message>
        <source>The credit code is not valid: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <source>Enter the registered name of the organisation.</source>
        <translation>请输入单位登记名称。</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Enter the legal representative.</source>
        <translation>请输入法定代表人。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请输入代理人姓名。</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number: %1</source>
        <translation>代理人身份证号码：%1</translation>
    </message>
    <message>
        <source>An agent must present a power of attorney.</source>
        <translation>委托代理人办理须出具授权委托书。</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Natural &amp;person</source>
        <translation>自然人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>法人/组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Nat&amp;ion:</source>
        <translation>民族(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>住址(&amp;R)：</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>登记名称</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Handled by an a&amp;gent</source>
        <translation>委托代理人办理(&amp;G)</translation>
    </message>
    <message>
        <source>Agent na&amp;me:</source>
        <translation>代理人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Agent I&amp;D:</source>
        <translation>代理人证件(&amp;D)：</translation>
    </message>
    <message>
        <source>Power of attorney &amp;presented</source>
        <translation>已出具授权委托书(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>新接件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>开始接件(&amp;S)</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>以往办件</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation>失信</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>未履行的容缺承诺</translation>
    </message>
    <message>
        <source>S&amp;upply…</source>
        <translation>补交材料(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>文书打印</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Accepted with deferred materials</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>办结（准予）</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>办结（不予）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临近到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>补正材料通知书</translation>
    </message>
    <message>
        <source>Deferred-material commitment</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <source>Deferred acceptance notice</source>
        <translation>容缺受理通知书</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Materials receipt</source>
        <translation>收件清单</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password — OneWindow Workstation</source>
        <translation>修改密码 — 一窗通办工作台</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password before you continue.</source>
        <translation>您使用一次性密码登录。请先设置您自己的密码，然后继续。</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Checklist</source>
        <translation>材料核验(&amp;C)</translation>
    </message>
    <message>
        <source>What blocks acceptance:</source>
        <translation>影响受理：</translation>
    </message>
    <message>
        <source>Scan… (F9)</source>
        <translation>扫描…（F9）</translation>
    </message>
    <message>
        <source>Scan the selected material (camera, scanner or files)</source>
        <translation>扫描所选材料（高拍仪、扫描仪或文件）</translation>
    </message>
</context>
<context>
    <name>CommitmentLedgerWidget</name>
    <message>
        <source>Commitment ledger</source>
        <translation>容缺承诺台账</translation>
    </message>
    <message>
        <source>Deferred materials the applicants promised to supply</source>
        <translation>申请人承诺限期补交的容缺材料</translation>
    </message>
    <message>
        <source>Read only: supervision</source>
        <translation>只读（督查）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Supply…</source>
        <translation>登记补交(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Process overdue…</source>
        <translation>逾期处理(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>DeferralDialog</name>
    <message>
        <source>Accept with deferred materials</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>The applicant signs the commitment to supply each material by its date. A promise not kept ends the case by the item&apos;s rule and is recorded in the credit system.</source>
        <translation>申请人须签署承诺书，承诺在上述日期前补交材料。逾期未补交的，按事项规定终止办理或不予许可，并记入信用记录。</translation>
    </message>
</context>
<context>
    <name>FaceCheckDialog</name>
    <message>
        <source>Face check</source>
        <translation>人证核验</translation>
    </message>
    <message>
        <source>Face check: is the applicant the card holder?</source>
        <translation>人证核验：申请人是否为持证人本人？</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>证件照片</translation>
    </message>
    <message>
        <source>No card photo yet</source>
        <translation>尚无证件照片</translation>
    </message>
    <message>
        <source>Card photo from &amp;file…</source>
        <translation>从文件读取证件照片(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>更改结果(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>开始核验(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FaceImageFile</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation>%1 过大（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>%1 is truncated (the JPEG data stops early).</source>
        <translation>%1 不完整（JPEG 数据提前结束）。</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>无法解码 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to decode.</source>
        <translation>%1 太大，无法解码。</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (or it is truncated).</source>
        <translation>%1 不是可读取的图像（或文件不完整）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB).</source>
        <translation>%1 过大（%2 MB）。</translation>
    </message>
</context>
<context>
    <name>FaceModelPack</name>
    <message>
        <source>No face model folder was given.</source>
        <translation>未指定人脸模型文件夹。</translation>
    </message>
    <message>
        <source>The face model folder %1 does not exist. Install the model pack with installer/install-face-models.sh or point ONEWINDOW_FACE_MODELS at a pack.</source>
        <translation>人脸模型文件夹 %1 不存在。请用 installer/install-face-models.sh 安装模型包，或将 ONEWINDOW_FACE_MODELS 指向一个模型包。</translation>
    </message>
    <message>
        <source>The face model pack in %1 has no readable manifest.json.</source>
        <translation>%1 中的人脸模型包没有可读取的 manifest.json。</translation>
    </message>
    <message>
        <source>%1 is not a valid manifest: %2</source>
        <translation>%1 不是有效的清单文件：%2</translation>
    </message>
    <message>
        <source>%1 has no pack id.</source>
        <translation>%1 缺少模型包标识。</translation>
    </message>
    <message>
        <source>%1 has an incomplete model entry (role, file and sha256 are required).</source>
        <translation>%1 中有不完整的模型条目（必须有 role、file 和 sha256）。</translation>
    </message>
    <message>
        <source>The face model file %1 is missing or unreadable.</source>
        <translation>人脸模型文件 %1 缺失或无法读取。</translation>
    </message>
    <message>
        <source>The face model file %1 is damaged or was replaced: its SHA-256 does not match the manifest.</source>
        <translation>人脸模型文件 %1 已损坏或被替换：其 SHA-256 与清单不符。</translation>
    </message>
    <message>
        <source>The manifest %1 lists no &apos;%2&apos; model.</source>
        <translation>清单 %1 中没有“%2”模型。</translation>
    </message>
</context>
<context>
    <name>FaceOverrideDialog</name>
    <message>
        <source>Override the face check</source>
        <translation>更改人证核验结果</translation>
    </message>
    <message>
        <source>New &amp;decision:</source>
        <translation>新结果(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason (required; recorded in the audit log):</source>
        <translation>理由（必填，将记入审计日志）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>FacePipeline</name>
    <message>
        <source>The image is empty.</source>
        <translation>图像为空。</translation>
    </message>
    <message>
        <source>The image is too large (%1 x %2 pixels).</source>
        <translation>图像过大（%1 × %2 像素）。</translation>
    </message>
    <message>
        <source>Unsupported pixel format.</source>
        <translation>不支持的像素格式。</translation>
    </message>
    <message>
        <source>Unsupported number of colour channels.</source>
        <translation>不支持的颜色通道数。</translation>
    </message>
    <message>
        <source>The face model %1 cannot be loaded: %2</source>
        <translation>无法加载人脸模型 %1：%2</translation>
    </message>
    <message>
        <source>Face analysis failed: %1</source>
        <translation>人脸分析失败：%1</translation>
    </message>
    <message>
        <source>Not enough memory to analyse the image.</source>
        <translation>内存不足，无法分析该图像。</translation>
    </message>
</context>
<context>
    <name>FaceQuality</name>
    <message>
        <source>Please look into the camera.</source>
        <translation>请看向摄像头。</translation>
    </message>
    <message>
        <source>Only the applicant should be in front of the camera.</source>
        <translation>摄像头前请只留申请人一人。</translation>
    </message>
    <message>
        <source>Please come closer to the camera.</source>
        <translation>请靠近摄像头一些。</translation>
    </message>
    <message>
        <source>Your face is too dark: please face the light.</source>
        <translation>脸部太暗：请面向光源。</translation>
    </message>
    <message>
        <source>Too much light on your face: please step out of the glare.</source>
        <translation>脸部光线太强：请避开强光。</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>请保持不动。</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>请正视摄像头。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start — OneWindow Workstation</source>
        <translation>首次启动 — 一窗通办工作台</translation>
    </message>
    <message>
        <source>Welcome to OneWindow</source>
        <translation>欢迎使用一窗通办工作台</translation>
    </message>
    <message>
        <source>This workstation starts for the first time. An administrator account has been created. Sign in with it and the one-time password below; you will then choose your own password. The one-time password is shown only now.</source>
        <translation>本工作台首次启动，已创建管理员账号。请使用该账号和下面的一次性密码登录，登录后须设置您自己的密码。一次性密码仅在此显示一次。</translation>
    </message>
    <message>
        <source>The demo catalog of items has been loaded.</source>
        <translation>已载入演示事项目录。</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>管理员账号：</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>一次性密码：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>I have &amp;noted the password. It will not be shown again.</source>
        <translation>我已记下密码，此密码不会再次显示(&amp;N)。</translation>
    </message>
    <message>
        <source>C&amp;ontinue to sign in</source>
        <translation>继续登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>IdentityCheckBar</name>
    <message>
        <source>Rea&amp;der:</source>
        <translation>读卡器(&amp;D)：</translation>
    </message>
    <message>
        <source>The reader&apos;s serial port, or vendor:LIBRARY:PORT for a vendor SDK plugin</source>
        <translation>读卡器的串口，或厂商 SDK 插件写作 vendor:库文件:端口</translation>
    </message>
    <message>
        <source>Read card (F10)</source>
        <translation>读卡 (F10)</translation>
    </message>
    <message>
        <source>Face check (F12)…</source>
        <translation>人证核验 (F12)…</translation>
    </message>
</context>
<context>
    <name>ImageFileImporter</name>
    <message>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is empty.</source>
        <translation>文件“%1”是空文件。</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is %2 MB, more than the %3 MB limit for an import.</source>
        <translation>文件“%1”大小为 %2 MB，超过单次导入 %3 MB 的上限。</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot;</source>
        <translation>“%2”的第 %1 页</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot;</source>
        <translation>图像“%1”</translation>
    </message>
    <message>
        <source>%1 has no readable size: the file is damaged or not an image.</source>
        <translation>%1无法读取尺寸：文件已损坏或不是图像。</translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels, too small for a document page.</source>
        <translation>%1只有 %2 × %3 像素，太小，不是材料页面。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than the %4 megapixel limit: the file is damaged or not a document page.</source>
        <translation>%1为 %2 × %3 像素，超过 %4 百万像素的上限：文件已损坏或不是材料页面。</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is neither an image this program can read nor a PDF.</source>
        <translation>文件“%1”既不是本程序能读取的图像，也不是 PDF。</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is cut off (the end of the file is missing): copy it again from its source.</source>
        <translation>图像“%1”不完整（文件末尾缺失）：请从来源处重新复制。</translation>
    </message>
    <message>
        <source>File &quot;%1&quot; has %2 pages, more than the %3 allowed in one import.</source>
        <translation>文件“%1”有 %2 页，超过单次导入允许的 %3 页。</translation>
    </message>
    <message>
        <source>Import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be reached: the file is damaged.</source>
        <translation>无法定位“%2”的第 %1 页：文件已损坏。</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be read: %3</source>
        <translation>无法读取“%2”的第 %1 页：%3</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取图像“%1”：%2</translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; is password-protected: save an unprotected copy and import that.</source>
        <translation>PDF“%1”有密码保护：请另存一份无密码的副本再导入。</translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; is damaged and cannot be opened.</source>
        <translation>PDF“%1”已损坏，无法打开。</translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; has no pages.</source>
        <translation>PDF“%1”没有页面。</translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; has %2 pages, more than the %3 allowed in one import.</source>
        <translation>PDF“%1”有 %2 页，超过单次导入允许的 %3 页。</translation>
    </message>
    <message>
        <source>Page %1 of PDF &quot;%2&quot; measures %3 × %4 mm, too large for a document page.</source>
        <translation>PDF“%2”的第 %1 页尺寸为 %3 × %4 毫米，太大，不是材料页面。</translation>
    </message>
    <message>
        <source>Page %1 of PDF &quot;%2&quot; cannot be rendered.</source>
        <translation>无法渲染 PDF“%2”的第 %1 页。</translation>
    </message>
</context>
<context>
    <name>IntakeMessages</name>
    <message>
        <source>The case is %1: this decision is taken only while the case is being received or corrected.</source>
        <translation>办件当前状态为“%1”，只有在收件或补正阶段才能作出此决定。</translation>
    </message>
    <message>
        <source>This decision is taken only while the case is being received or corrected.</source>
        <translation>只有在收件或补正阶段才能作出此决定。</translation>
    </message>
    <message>
        <source>Required material “%1” is missing.</source>
        <translation>缺少必要材料“%1”。</translation>
    </message>
    <message>
        <source>Required material “%1” does not meet the standard: %2</source>
        <translation>必要材料“%1”不符合要求：%2</translation>
    </message>
    <message>
        <source>“%1” is deferred: use deferred acceptance (F6).</source>
        <translation>“%1”已登记为容缺后补，请按容缺受理办理（F6）。</translation>
    </message>
    <message>
        <source>This item does not allow deferred acceptance.</source>
        <translation>本事项不适用容缺受理。</translation>
    </message>
    <message>
        <source>“%1” may not be deferred and does not meet the standard: %2</source>
        <translation>“%1”不可容缺，且不符合要求：%2</translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation>“%1”不可容缺，须当场提交。</translation>
    </message>
    <message>
        <source>“%1” may be deferred, but no promised date is recorded.</source>
        <translation>“%1”可容缺，但尚未登记承诺补交日期。</translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list: deferred acceptance is not allowed.</source>
        <translation>申请人已列入失信名单，不适用容缺受理。</translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list (%1): deferred acceptance is not allowed.</source>
        <translation>申请人已列入失信名单（%1），不适用容缺受理。</translation>
    </message>
    <message numerus="yes">
        <source>The promised date %1 for “%2” is later than the latest date allowed, %3 (%n working day(s)).</source>
        <translation>
            <numerusform>“%2”的承诺补交日期%1晚于允许的最迟日期%3（%n个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The promised date %1 for “%2” lies in the past.</source>
        <translation>“%2”的承诺补交日期%1早于今天。</translation>
    </message>
    <message>
        <source>Nothing is deferred: accept the case normally (F5).</source>
        <translation>没有容缺材料，请直接受理（F5）。</translation>
    </message>
    <message>
        <source>No material is missing or defective: there is nothing to correct.</source>
        <translation>没有缺少或不合格的材料，无需补正。</translation>
    </message>
    <message>
        <source>The first notice did not list %1: a further correction notice needs a justification (one-time notice rule).</source>
        <translation>首次告知未列出%1；再次要求补正须说明理由（一次性告知制度）。</translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
    <message>
        <source>deferred, promised by %1 (needs deferred acceptance)</source>
        <translation>容缺，承诺%1前补交（须容缺受理）</translation>
    </message>
    <message>
        <source>does not meet the standard: %1</source>
        <translation>不符合要求：%1</translation>
    </message>
    <message>
        <source>missing (required, may not be deferred)</source>
        <translation>缺少（必要材料，不可容缺）</translation>
    </message>
    <message>
        <source>missing (may be deferred with a promised date)</source>
        <translation>缺少（可容缺，须承诺补交日期）</translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <source>Add items to the visit</source>
        <translation>添加办理事项</translation>
    </message>
    <message>
        <source>Item name, code or pinyin (Ctrl+I)</source>
        <translation>事项名称、编码或拼音（Ctrl+I）</translation>
    </message>
    <message>
        <source>Enter adds the chosen item</source>
        <translation>按回车添加所选事项</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cases of this visit</source>
        <translation>本次办件</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择办件</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <source>Accept (F5)</source>
        <translation>受理（F5）</translation>
    </message>
    <message>
        <source>Every required material is in</source>
        <translation>必要材料齐全</translation>
    </message>
    <message>
        <source>Accept with deferral (F6)</source>
        <translation>容缺受理（F6）</translation>
    </message>
    <message>
        <source>Deferrable materials promised for a date</source>
        <translation>可容缺材料承诺限期补交</translation>
    </message>
    <message>
        <source>One-time notice (F7)</source>
        <translation>一次性告知（F7）</translation>
    </message>
    <message>
        <source>List every missing or defective material once</source>
        <translation>一次性告知需补正的全部材料</translation>
    </message>
    <message>
        <source>Refuse (F8)</source>
        <translation>不予受理（F8）</translation>
    </message>
    <message>
        <source>Not acceptable here; a reason is required</source>
        <translation>不予受理须说明理由</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Basis: %2</source>
        <translation>%1
依据：%2</translation>
    </message>
    <message>
        <source>Instant item</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>At most one trip</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <source>Done at once</source>
        <translation>马上办</translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation>零跑动</translation>
    </message>
    <message numerus="yes">
        <source>At most %n visit(s)</source>
        <translation>
            <numerusform>最多跑 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 deferrable, %3 from e-licences)</source>
        <translation>%1（可容缺 %2 项，免提交 %3 项）</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n 项材料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemGuideWidget</name>
    <message>
        <source>Item guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>Name, code, material or pinyin (Ctrl+F)</source>
        <translation>事项名称、编码、材料或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show only the items of one department</source>
        <translation>只显示某一部门的事项</translation>
    </message>
</context>
<context>
    <name>ItemPageWidget</name>
    <message>
        <source>Choose an item on the left to see its standard: materials, time limits and how it is handled.</source>
        <translation>请在左侧选择事项，查看其办事标准：申请材料、办理时限和办理方式。</translation>
    </message>
    <message>
        <source>Serving:</source>
        <translation>服务对象：</translation>
    </message>
    <message>
        <source>Legal time limit:</source>
        <translation>法定时限：</translation>
    </message>
    <message>
        <source>Committed time limit:</source>
        <translation>承诺时限：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>跑动次数：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Second correction notice</source>
        <translation>再次补正告知</translation>
    </message>
    <message>
        <source>&amp;Justification (required; the supervisor sees it):</source>
        <translation>情况说明（必填，提交督查）(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>LicenceOcr</name>
    <message>
        <source>No OCR engine is available.</source>
        <translation>没有可用的 OCR 引擎。</translation>
    </message>
    <message>
        <source>The licence image is empty, too small or not an 8-bit picture.</source>
        <translation>营业执照图像为空、过小或不是 8 位图像。</translation>
    </message>
    <message>
        <source>The licence image could not be prepared: %1</source>
        <translation>无法预处理营业执照图像：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — OneWindow Workstation</source>
        <translation>登录 — 一窗通办工作台</translation>
    </message>
    <message>
        <source>OneWindow Workstation</source>
        <translation>一窗通办工作台</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>请使用工作人员账号登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneWindow Workstation</source>
        <translation>一窗通办工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通办工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaterialPromptDialog</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>MaterialScanDialog</name>
    <message>
        <source>Scan materials</source>
        <translation>扫描材料</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Start the camera, scan a batch or import files</source>
        <translation>开启高拍仪、扫描一批或导入文件</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>拍摄(&amp;C)</translation>
    </message>
    <message>
        <source>Take the page under the camera now</source>
        <translation>立即拍摄镜头下的页面</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Drop &amp;blank pages</source>
        <translation>去除空白页(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pages (drag to reorder)</source>
        <translation>页面（拖动调整顺序）(&amp;P)</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>重扫(&amp;S)</translation>
    </message>
    <message>
        <source>The next page captured, scanned or imported replaces this one</source>
        <translation>下一张拍摄、扫描或导入的页面将替换此页</translation>
    </message>
    <message>
        <source>To &amp;next material</source>
        <translation>移到下一份材料(&amp;N)</translation>
    </message>
    <message>
        <source>Move this page to the next material</source>
        <translation>将此页移到下一份材料</translation>
    </message>
    <message>
        <source>Corners of the selected page</source>
        <translation>所选页面的角点</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消本批</translation>
    </message>
    <message>
        <source>Put &amp;back last dropped page</source>
        <translation>放回最后取出的页面(&amp;B)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>&amp;Reason (required, printed on the notice):</source>
        <translation>不予受理理由（必填，将载入通知书）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Competent organ (where to apply instead, if known):</source>
        <translation>有权受理机关（如已知）(&amp;C)：</translation>
    </message>
    <message>
        <source>The notice tells the applicant of the right to apply for administrative reconsideration within 60 days or to bring an administrative lawsuit within 6 months.</source>
        <translation>通知书将告知申请人：可在60日内申请行政复议，或在6个月内提起行政诉讼。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Window clerk</source>
        <translation>窗口受理人员</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台审批</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>电子监察</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SaneLibrary</name>
    <message>
        <source>The scanner library (SANE) did not start: %1</source>
        <translation>扫描仪驱动库（SANE）未能启动：%1</translation>
    </message>
</context>
<context>
    <name>SanePageAssembler</name>
    <message>
        <source>The scanner sent no image data.</source>
        <translation>扫描仪没有传来图像数据。</translation>
    </message>
    <message>
        <source>The scanner reported an empty page size.</source>
        <translation>扫描仪报告的页面尺寸为空。</translation>
    </message>
    <message>
        <source>The scanner sent %1-bit samples, which are not supported.</source>
        <translation>扫描仪传来 %1 位采样，本程序不支持。</translation>
    </message>
    <message>
        <source>The scanner sent a page without any complete line.</source>
        <translation>扫描仪传来的页面没有一行完整数据。</translation>
    </message>
    <message>
        <source>The scanner sent an image format this program cannot read.</source>
        <translation>扫描仪传来的图像格式本程序无法读取。</translation>
    </message>
    <message>
        <source>The scanner&apos;s line length does not fit its width.</source>
        <translation>扫描仪的行长度与页面宽度不符。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 page.</source>
        <translation>内存不足，无法容纳 %1 × %2 的页面。</translation>
    </message>
    <message>
        <source>Colour line-art from the scanner is not supported.</source>
        <translation>不支持扫描仪的彩色线稿模式。</translation>
    </message>
    <message>
        <source>The scanner&apos;s colour passes differ in size.</source>
        <translation>扫描仪各颜色通道的尺寸不一致。</translation>
    </message>
    <message>
        <source>The scanner mixed colour passes and whole pages.</source>
        <translation>扫描仪混合传来了单色通道和整页图像。</translation>
    </message>
</context>
<context>
    <name>SaneScanner</name>
    <message>
        <source>Could not list scanners: %1</source>
        <translation>无法列出扫描仪：%1</translation>
    </message>
    <message>
        <source>Could not open scanner &quot;%1&quot;: %2. Check that it is switched on and connected, and choose it again from the list.</source>
        <translation>无法打开扫描仪“%1”：%2。请检查扫描仪已开机并已连接，然后在列表中重新选择。</translation>
    </message>
    <message>
        <source>Page %1 from &quot;%2&quot; could not be read: %3</source>
        <translation>无法读取“%2”扫描的第 %1 页：%3</translation>
    </message>
    <message>
        <source>the page would need %1 MB, more than the %2 MB limit</source>
        <translation>该页需要 %1 MB，超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the page is larger than the %1 MB limit</source>
        <translation>该页超过 %1 MB 的上限</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; is busy (another program may be using it): try again in a moment.</source>
        <translation>扫描仪“%1”正忙（可能有其他程序在使用）：请稍后重试。</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; has no option &quot;%2&quot;.</source>
        <translation>扫描仪“%1”没有选项“%2”。</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of scanner &quot;%2&quot; cannot be set now.</source>
        <translation>扫描仪“%2”的选项“%1”当前无法设置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for option &quot;%2&quot; of scanner &quot;%3&quot;.</source>
        <translation>“%1”不是扫描仪“%3”的选项“%2”的有效值。</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; refused %2 = &quot;%3&quot;: %4</source>
        <translation>扫描仪“%1”拒绝设置 %2 = “%3”：%4</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; has no &quot;%2&quot; setting.</source>
        <translation>扫描仪“%1”没有“%2”设置。</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; offers no suitable &quot;%2&quot; (it offers: %3).</source>
        <translation>扫描仪“%1”没有合适的“%2”（可选：%3）。</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned so far are kept.</source>
        <translation>
            <numerusform>已扫描的 %n 页已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The feeder of &quot;%1&quot; is empty: put the pages in and scan again.</source>
        <translation>扫描仪“%1”的进纸器中没有纸：请放入材料后重新扫描。</translation>
    </message>
    <message>
        <source>Paper jam in &quot;%1&quot; at page %2: open the feeder, remove the jammed sheet and scan the rest.</source>
        <translation>扫描仪“%1”在第 %2 页卡纸：请打开进纸器，取出卡住的纸张，再扫描其余页。</translation>
    </message>
    <message>
        <source>The cover of &quot;%1&quot; is open: close it and scan again.</source>
        <translation>扫描仪“%1”的盖板未合上：请合上后重新扫描。</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; stopped with an input/output error: check its cable and power.</source>
        <translation>扫描仪“%1”因输入/输出错误而停止：请检查数据线和电源。</translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; failed: %2</source>
        <translation>扫描仪“%1”出错：%2</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>Supply a deferred material</source>
        <translation>登记容缺材料补交</translation>
    </message>
    <message>
        <source>&amp;What the applicant brought (recorded on the case):</source>
        <translation>本次补交内容（记入办件）(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Complete: the material is now fully supplied and the commitment closes</source>
        <translation>已全部补齐，承诺履行完毕(&amp;C)</translation>
    </message>
    <message>
        <source>A partial supply keeps the commitment open until the rest is brought by the promised date.</source>
        <translation>部分补交的，承诺继续有效，其余材料须在承诺日期前补齐。</translation>
    </message>
</context>
<context>
    <name>TesseractEngine</name>
    <message>
        <source>OCR language data &quot;%1&quot; is missing (looked for %2): install the package tesseract-ocr-%3.</source>
        <translation>缺少 OCR 语言数据“%1”（查找位置：%2）：请安装软件包 tesseract-ocr-%3。</translation>
    </message>
    <message>
        <source>OCR engine could not load language &quot;%1&quot; from %2.</source>
        <translation>OCR 引擎无法从 %2 加载语言“%1”。</translation>
    </message>
    <message>
        <source>OCR needs an 8-bit grey or colour image.</source>
        <translation>OCR 需要 8 位灰度或彩色图像。</translation>
    </message>
    <message>
        <source>OCR could not prepare the image: %1</source>
        <translation>OCR 无法预处理图像：%1</translation>
    </message>
    <message>
        <source>OCR failed on this image.</source>
        <translation>此图像 OCR 识别失败。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>OneWindow cannot start</source>
        <translation>一窗通办工作台无法启动</translation>
    </message>
    <message>
        <source>The local database in %1 cannot be opened: %2</source>
        <translation>无法打开 %1 中的本地数据库：%2</translation>
    </message>
    <message>
        <source>The first start could not be prepared: %1</source>
        <translation>无法完成首次启动准备：%1</translation>
    </message>
</context>
<context>
    <name>ow</name>
    <message>
        <source>unknown card type &quot;%1&quot; (use resident, J, I or Y)</source>
        <translation>未知的证件类型“%1”（可用 resident、J、I 或 Y）</translation>
    </message>
    <message>
        <source>The card&apos;s %1 &quot;%2&quot; is not a valid date (YYYYMMDD).</source>
        <translation>证件的%1“%2”不是有效日期（YYYYMMDD）。</translation>
    </message>
</context>
<context>
    <name>ow::Applicant</name>
    <message>
        <source>applicant name: must not be empty</source>
        <translation>申请人姓名：不能为空</translation>
    </message>
    <message>
        <source>applicant name: the registered name must not be empty</source>
        <translation>申请人名称：登记名称不能为空</translation>
    </message>
    <message>
        <source>applicant ID number %1: %2</source>
        <translation>申请人身份证号码%1：%2</translation>
    </message>
    <message>
        <source>applicant ID card: expired on %1</source>
        <translation>申请人身份证已于%1过期</translation>
    </message>
    <message>
        <source>applicant credit code &quot;%1&quot;: %2</source>
        <translation>申请人统一社会信用代码“%1”：%2</translation>
    </message>
    <message>
        <source>legal representative: must not be empty</source>
        <translation>法定代表人：不能为空</translation>
    </message>
    <message>
        <source>agent name: must not be empty</source>
        <translation>委托代理人姓名：不能为空</translation>
    </message>
    <message>
        <source>agent ID number %1: %2</source>
        <translation>委托代理人身份证号码%1：%2</translation>
    </message>
    <message>
        <source>agent: a power of attorney (授权委托书) is required</source>
        <translation>委托代理人：须提交授权委托书</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantPanel</name>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入%1位，共18位</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>✓ Valid · %1 · born %2</source>
        <translation>✓ 号码有效 · %1 · %2出生</translation>
    </message>
    <message>
        <source>✓ Valid credit code</source>
        <translation>✓ 信用代码有效</translation>
    </message>
    <message>
        <source>The look-up failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>无办件</translation>
    </message>
    <message>
        <source>First visit: no earlier cases.</source>
        <translation>首次来办，无以往办件。</translation>
    </message>
    <message>
        <source>listed in the credit record</source>
        <translation>已记入信用记录</translation>
    </message>
    <message>
        <source>Dishonesty record: %1. Deferred acceptance (F6) is not allowed.</source>
        <translation>失信记录：%1。不得适用容缺受理（F6）。</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>已逾期（承诺日期%1）</translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation>承诺%1前补交</translation>
    </message>
    <message>
        <source>%1 — %2 (case %3)</source>
        <translation>%1 — %2（办件%3）</translation>
    </message>
    <message>
        <source>Open commitments (%1): take the supply now</source>
        <translation>未履行的容缺承诺（%1项）：可当场登记补交</translation>
    </message>
    <message>
        <source>The ID card expired on %1: ask for a valid identity document before accepting.</source>
        <translation>该身份证已于 %1 过期：受理前请申请人出示有效身份证件。</translation>
    </message>
</context>
<context>
    <name>ow::AuthService</name>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The new password must not begin or end with a space.</source>
        <translation>新密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation>新密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The new password needs both letters and digits.</source>
        <translation>新密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有用户登录。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>Use Change Password with your current password instead.</source>
        <translation>请通过“修改密码”并输入当前密码来修改。</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>密码无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ow::CameraFrameSource</name>
    <message>
        <source>No camera detected. Connect the face camera and try again.</source>
        <translation>未检测到摄像头。请连接人脸摄像头后重试。</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; is not connected.</source>
        <translation>摄像头“%1”未连接。</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; failed: %2</source>
        <translation>摄像头“%1”出现故障：%2</translation>
    </message>
</context>
<context>
    <name>ow::CaseDocumentsPanel</name>
    <message>
        <source>Choose a document first.</source>
        <translation>请先选择文书。</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>文书生成失败：%1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>%1已发送至打印机。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF保存失败：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ow::ChangePasswordDialog</name>
    <message>
        <source>At least %1 characters, with letters and digits.</source>
        <translation>至少 %1 个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice.</source>
        <translation>请输入当前密码，再输入两次新密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ow::Checklist</name>
    <message>
        <source>material %1 is not in this item&apos;s list</source>
        <translation>材料%1不在本事项的材料清单中</translation>
    </message>
    <message>
        <source>material %1: the count received must be 1 or more; got %2</source>
        <translation>材料%1：收取份数至少为1，实际为%2</translation>
    </message>
    <message>
        <source>material %1: name the e-licence or shared-data source it came from</source>
        <translation>材料%1：请注明电子证照或共享数据来源</translation>
    </message>
    <message>
        <source>material %1 is not deferrable (容缺) in the catalog</source>
        <translation>材料%1在事项目录中不可容缺</translation>
    </message>
    <message>
        <source>material %1: a deferred material needs the promised date</source>
        <translation>材料%1：容缺材料须登记承诺补交日期</translation>
    </message>
    <message>
        <source>material %1: say what is wrong with it</source>
        <translation>材料%1：请说明不合格的原因</translation>
    </message>
    <message>
        <source>material %1 is required (%2) and cannot be marked not applicable</source>
        <translation>材料%1为%2材料，不能标记为不适用</translation>
    </message>
    <message>
        <source>material %1: say why it does not apply</source>
        <translation>材料%1：请说明不适用的原因</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistPanel</name>
    <message>
        <source>Keys: R received · E e-licence · D deferred · M missing · X defective · N not applicable</source>
        <translation>按键：R 已收 · E 免提交 · D 容缺 · M 缺 · X 不合格 · N 不适用</translation>
    </message>
    <message>
        <source>Add an item to the visit to see its checklist.</source>
        <translation>添加办理事项后显示材料清单。</translation>
    </message>
    <message>
        <source>Decided: the checklist is closed.</source>
        <translation>已作出决定，材料清单不再修改。</translation>
    </message>
    <message>
        <source>Nothing: every required material is in. Accept with F5.</source>
        <translation>无：必要材料齐全，可按F5受理。</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Only deferred materials remain: accept with deferral (F6).</source>
        <translation>仅剩容缺材料：可按F6容缺受理。</translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation>“%1”不可容缺，须当场提交。</translation>
    </message>
    <message>
        <source>Promised date of supply:</source>
        <translation>承诺补交日期：</translation>
    </message>
    <message>
        <source>Deferred material</source>
        <translation>容缺材料</translation>
    </message>
    <message>
        <source>Obtained from (source):</source>
        <translation>获取来源：</translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>e.g. the e-licence library</source>
        <translation>如：电子证照库</translation>
    </message>
    <message>
        <source>“%1” is required and cannot be marked not applicable.</source>
        <translation>“%1”为必要材料，不能标记为不适用。</translation>
    </message>
    <message>
        <source>What is wrong with it?</source>
        <translation>不合格原因：</translation>
    </message>
    <message>
        <source>Why does it not apply?</source>
        <translation>不适用原因：</translation>
    </message>
    <message>
        <source>Defective material</source>
        <translation>材料不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose a material of a case to scan.</source>
        <translation>请选择要扫描的办件材料。</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n material(s); mark each received when it is.</source>
        <translation>
            <numerusform>已扫描 %n 份材料；请在确认收取后逐项标记为已收。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ChecklistTableModel</name>
    <message>
        <source>No material in row %1.</source>
        <translation>第%1行没有材料。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>Original, %n copy(ies)</source>
        <translation>
            <numerusform>原件%n份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy, %n copy(ies)</source>
        <translation>
            <numerusform>复印件%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>承诺%1前补交</translation>
    </message>
    <message>
        <source>May be deferred</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <source>%1 (deferrable)</source>
        <translation>%1（可容缺）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>影响受理</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Required form</source>
        <translation>要求形式/份数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>核验情况</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Blocking?</source>
        <translation>影响受理</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n 页，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedger</name>
    <message>
        <source>commitment %1 (%2) is %3, not open</source>
        <translation>承诺%1（%2）状态为%3，不是待履行</translation>
    </message>
    <message>
        <source>commitment %1 (%2): say what was supplied</source>
        <translation>承诺%1（%2）：请写明补交了什么</translation>
    </message>
    <message>
        <source>commitment %1 (%2) is due on %3 and not overdue on %4</source>
        <translation>承诺%1（%2）的补交期限为%3，截至%4尚未逾期</translation>
    </message>
    <message>
        <source>commitment %1 belongs to case %2, not %3</source>
        <translation>承诺%1属于办件%2，而不是%3</translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedgerModel</name>
    <message>
        <source>outside the calendar</source>
        <translation>超出节假日历范围</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>剩余%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly supplied: %1</source>
        <translation>已部分补交：%1</translation>
    </message>
    <message>
        <source>Overdue, not supplied</source>
        <translation>逾期未补交</translation>
    </message>
    <message>
        <source>Awaiting supply</source>
        <translation>待补交</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Deferred material</source>
        <translation>容缺材料</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺补交日期</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedgerWidget</name>
    <message numerus="yes">
        <source>Due soon: within %n working day(s)</source>
        <translation>
            <numerusform>即将到期：%n个工作日内</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation>即将到期（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>The item&apos;s rule: the application is refused and the applicant&apos;s credit is marked.</source>
        <translation>本事项逾期规则：不予受理（不予许可），并记入申请人信用记录。</translation>
    </message>
    <message>
        <source>The item&apos;s rule: the case is terminated and the applicant&apos;s credit is marked.</source>
        <translation>本事项逾期规则：终止办理，并记入申请人信用记录。</translation>
    </message>
    <message>
        <source>Only an overdue commitment can be processed.</source>
        <translation>只有已逾期的承诺才能进行逾期处理。</translation>
    </message>
    <message>
        <source>No open commitment here.</source>
        <translation>暂无未履行的承诺。</translation>
    </message>
    <message>
        <source>%1 · %2 · case state: %3</source>
        <translation>%1 · %2 · 办件状态：%3</translation>
    </message>
    <message>
        <source>Choose a commitment first.</source>
        <translation>请先选择一项承诺。</translation>
    </message>
    <message>
        <source>Supplied: “%1” of case %2 is complete; the commitment is closed.</source>
        <translation>已补齐：办件%2的“%1”已全部补交，承诺履行完毕。</translation>
    </message>
    <message>
        <source>Partly supplied: “%1” of case %2 stays open until %3.</source>
        <translation>已部分补交：办件%2的“%1”仍须在%3前补齐。</translation>
    </message>
    <message>
        <source>Choose an overdue commitment first.</source>
        <translation>请先选择一项已逾期的承诺。</translation>
    </message>
    <message>
        <source>The application will be refused.</source>
        <translation>该申请将不予受理（不予许可）。</translation>
    </message>
    <message>
        <source>The case will be terminated.</source>
        <translation>该办件将终止办理。</translation>
    </message>
    <message>
        <source>Process an overdue commitment</source>
        <translation>容缺承诺逾期处理</translation>
    </message>
    <message>
        <source>“%1” of case %2 was promised by %3 and has not been supplied.

%4
The applicant %5 will be marked in the credit record and may no longer use deferred acceptance.

This cannot be undone. Continue?</source>
        <translation>办件%2的“%1”承诺于%3前补交，至今未补交。

%4
申请人%5将被记入信用记录，今后不得适用容缺受理。

此操作不可撤销。是否继续？</translation>
    </message>
    <message>
        <source>Apply the rule</source>
        <translation>按规则处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Case %1 is now %2; the applicant&apos;s credit is marked.</source>
        <translation>办件%1已“%2”，已记入申请人信用记录。</translation>
    </message>
</context>
<context>
    <name>ow::CommitmentService</name>
    <message>
        <source>Sign in first: every change names the clerk who made it.</source>
        <translation>请先登录：每项变更都须记录经办人。</translation>
    </message>
    <message>
        <source>Your role may read the ledger but not change it.</source>
        <translation>您的角色只能查看台账，不能办理。</translation>
    </message>
    <message>
        <source>The open commitments could not be read: %1</source>
        <translation>无法读取未履行的承诺：%1</translation>
    </message>
    <message>
        <source>Case %1 could not be read: %2</source>
        <translation>无法读取办件%1：%2</translation>
    </message>
    <message>
        <source>Say what the applicant brought.</source>
        <translation>请写明申请人本次补交的内容。</translation>
    </message>
    <message>
        <source>The supply could not be saved: %1</source>
        <translation>补交记录未能保存：%1</translation>
    </message>
    <message>
        <source>Case %1 has no commitment %2.</source>
        <translation>办件%1没有承诺%2。</translation>
    </message>
    <message>
        <source>The item of case %1 could not be read: %2</source>
        <translation>无法读取办件%1的事项：%2</translation>
    </message>
    <message>
        <source>The case could not be saved, so nothing changed: %1</source>
        <translation>办件未能保存，未作任何变更：%1</translation>
    </message>
    <message>
        <source>The credit standing could not be read: %1</source>
        <translation>无法查询信用状况：%1</translation>
    </message>
</context>
<context>
    <name>ow::CreditCode</name>
    <message>
        <source>the credit code is empty</source>
        <translation>统一社会信用代码为空</translation>
    </message>
    <message>
        <source>a credit code has 18 characters, got %1</source>
        <translation>统一社会信用代码应为18位，实际为%1位</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed in a credit code (digits and A-Z without I, O, Z, S, V)</source>
        <translation>第%2位的字符“%1”不允许出现在统一社会信用代码中（只能是数字和除I、O、Z、S、V以外的大写字母）</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 must be a digit (positions 3-8 are the administrative division code)</source>
        <translation>第%2位的字符“%1”应为数字（第3至8位为行政区划码）</translation>
    </message>
    <message>
        <source>organisation code check character (position 17) is %1, expected %2</source>
        <translation>组织机构代码校验位（第17位）为%1，应为%2</translation>
    </message>
    <message>
        <source>check character (position 18) is %1, expected %2</source>
        <translation>校验码（第18位）为%1，应为%2</translation>
    </message>
</context>
<context>
    <name>ow::DeferralDialog</name>
    <message>
        <source>Promised dates may lie between today (%1) and %2, the latest this item allows.</source>
        <translation>承诺补交日期可选今天（%1）至%2，后者为本事项允许的最迟日期。</translation>
    </message>
    <message>
        <source>Accept with deferral (F6)</source>
        <translation>容缺受理（F6）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::DepartmentListModel</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>ow::FaceCheckDialog</name>
    <message>
        <source>Face check — %1</source>
        <translation>人证核验 — %1</translation>
    </message>
    <message>
        <source>Looking for the face on the card…</source>
        <translation>正在查找证件照片中的人脸…</translation>
    </message>
    <message>
        <source>Photo or scan of the card face</source>
        <translation>证件人像面的照片或扫描件</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Face found on the card.</source>
        <translation>已在证件照片中找到人脸。</translation>
    </message>
    <message>
        <source>Read the applicant&apos;s card first.</source>
        <translation>请先读取申请人的证件。</translation>
    </message>
    <message>
        <source>Give the card photo first: from the reader&apos;s vendor library, or a photo or scan of the card face (Card photo from file…).</source>
        <translation>请先提供证件照片：来自读卡器厂商库，或证件人像面的照片或扫描件（“从文件读取证件照片…”）。</translation>
    </message>
    <message>
        <source>Score %1 (pass from %2, review from %3)</source>
        <translation>相似度 %1（%2 及以上通过，%3 及以上待复核）</translation>
    </message>
    <message>
        <source>Liveness %1 (at least %2)</source>
        <translation>活体分数 %1（至少 %2）</translation>
    </message>
    <message>
        <source>Challenge: done</source>
        <translation>动作检测：已完成</translation>
    </message>
    <message>
        <source>Challenge: not done</source>
        <translation>动作检测：未完成</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source> (overridden by %1)</source>
        <translation>（已由 %1 更改）</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may override a saved check.</source>
        <translation>只有主管或管理员可以更改已保存的核验结果。</translation>
    </message>
    <message>
        <source>The face images were not kept: %1</source>
        <translation>人脸图像未能留存：%1</translation>
    </message>
</context>
<context>
    <name>ow::FaceCheckSession</name>
    <message>
        <source>The face models could not be loaded: %1</source>
        <translation>无法加载人脸模型：%1</translation>
    </message>
    <message>
        <source>There is no camera to check the face with.</source>
        <translation>没有可用于人脸核验的摄像头。</translation>
    </message>
    <message>
        <source>The face check thresholds are not usable: %1</source>
        <translation>人脸核验阈值设置无效：%1</translation>
    </message>
    <message>
        <source>The camera keeps sending unusable frames (%1). Check the camera and its cable.</source>
        <translation>摄像头持续发送无法使用的画面（%1）。请检查摄像头及其连接线。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may override a face check.</source>
        <translation>只有主管或管理员可以更改人脸核验结果。</translation>
    </message>
    <message>
        <source>Give the reason for the override (at least %1 characters).</source>
        <translation>请填写更改理由（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>There is no saved face check to override.</source>
        <translation>没有可更改的已保存人脸核验记录。</translation>
    </message>
    <message>
        <source>The override could not be recorded: %1</source>
        <translation>更改结果未能记录：%1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>No face was found in the card photo.</source>
        <translation>证件照片中未找到人脸。</translation>
    </message>
    <message>
        <source>No usable face was seen by the camera.</source>
        <translation>摄像头未拍到可用的人脸。</translation>
    </message>
    <message>
        <source>Liveness was not confirmed.</source>
        <translation>未能确认为真人。</translation>
    </message>
    <message>
        <source>The blink or head turn was not seen in time.</source>
        <translation>未在规定时间内完成眨眼或转头动作。</translation>
    </message>
    <message>
        <source>The face changed during the check.</source>
        <translation>核验过程中人脸发生了变化。</translation>
    </message>
    <message>
        <source>The face does not match the card photo.</source>
        <translation>人脸与证件照片不一致。</translation>
    </message>
    <message>
        <source>The match is uncertain: a person must review it.</source>
        <translation>比对结果不确定，需人工复核。</translation>
    </message>
    <message>
        <source>The %1 image could not be encoded as JPEG.</source>
        <translation>%1 图像无法编码为 JPEG。</translation>
    </message>
</context>
<context>
    <name>ow::FaceCheckWorker</name>
    <message>
        <source>Please turn your head slowly to one side and back.</source>
        <translation>请缓慢向一侧转头，再转回来。</translation>
    </message>
    <message>
        <source>Please blink.</source>
        <translation>请眨眼。</translation>
    </message>
    <message>
        <source>The face models are not loaded.</source>
        <translation>人脸模型尚未加载。</translation>
    </message>
    <message>
        <source>There is no card photo.</source>
        <translation>没有证件照片。</translation>
    </message>
    <message>
        <source>No face was found in the card photo.</source>
        <translation>证件照片中未找到人脸。</translation>
    </message>
    <message>
        <source>The camera sent an empty or unusable frame.</source>
        <translation>摄像头发送了空白或无法使用的画面。</translation>
    </message>
</context>
<context>
    <name>ow::FaceImageVault</name>
    <message>
        <source>%1 is empty: it is not a face vault file.</source>
        <translation>%1 为空：不是人脸加密存储文件。</translation>
    </message>
    <message>
        <source>%1 is truncated: the face vault file ends after %2 bytes.</source>
        <translation>%1 不完整：人脸加密存储文件在 %2 字节后即结束。</translation>
    </message>
    <message>
        <source>%1 is not a face vault file (it does not begin with OWFV1).</source>
        <translation>%1 不是人脸加密存储文件（开头不是 OWFV1）。</translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation>%1 的文件头已损坏。</translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>加密库无法初始化。</translation>
    </message>
    <message>
        <source>No key file is configured for the face vault.</source>
        <translation>未为人脸加密存储配置密钥文件。</translation>
    </message>
    <message>
        <source>The face vault key %1 does not exist: the retained images cannot be read without it.</source>
        <translation>人脸加密存储密钥 %1 不存在：没有它无法读取留存的图像。</translation>
    </message>
    <message>
        <source>Cannot create the folder of the face vault key %1.</source>
        <translation>无法创建人脸加密存储密钥 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the face vault key %1: %2</source>
        <translation>无法创建人脸加密存储密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the face vault key %1: %2</source>
        <translation>无法读取人脸加密存储密钥 %1：%2</translation>
    </message>
    <message>
        <source>The face vault key %1 is not a key (it must hold exactly %2 bytes, it holds %3).</source>
        <translation>人脸加密存储密钥 %1 不是有效密钥（必须恰好为 %2 字节，实际为 %3 字节）。</translation>
    </message>
    <message>
        <source>The face check id &quot;%1&quot; cannot name a vault file.</source>
        <translation>人证核验编号“%1”不能用作存储文件名。</translation>
    </message>
    <message>
        <source>There is no image to keep for face check %1.</source>
        <translation>人证核验 %1 没有可留存的图像。</translation>
    </message>
    <message>
        <source>The retention period must be 1 to %1 days, not %2.</source>
        <translation>留存期限必须为 1 至 %1 天，而不是 %2 天。</translation>
    </message>
    <message>
        <source>The face vault needs the current time to date an image.</source>
        <translation>人脸加密存储需要当前时间来标注图像日期。</translation>
    </message>
    <message>
        <source>Cannot create the face vault folder %1.</source>
        <translation>无法创建人脸加密存储文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no retained %1 image of face check %2: %3 does not exist.</source>
        <translation>人证核验 %2 没有留存的 %1 图像：%3 不存在。</translation>
    </message>
    <message>
        <source>%1 is too large to be a face vault file.</source>
        <translation>%1 过大，不可能是人脸加密存储文件。</translation>
    </message>
    <message>
        <source>%1 holds the %2 image of face check %3, not this one.</source>
        <translation>%1 保存的是人证核验 %3 的 %2 图像，而不是本次核验的。</translation>
    </message>
    <message>
        <source>%1 was encrypted with another key (key id %2); the key file %3 holds key %4.</source>
        <translation>%1 是用另一个密钥加密的（密钥标识 %2）；密钥文件 %3 中的是密钥 %4。</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it was changed or damaged after it was written (or its key was replaced).</source>
        <translation>%1 无法解密：文件在写入后被修改或损坏（或其密钥已被更换）。</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n expired face image file(s) removed; these files were left: %1</source>
        <translation>
            <numerusform>已删除 %n 个过期的人脸图像文件；以下文件未处理：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::FaceOverrideDialog</name>
    <message>
        <source>The check decided: %1. The override is recorded under your name (%2) with the reason below.</source>
        <translation>核验结果为：%1。更改将以您的名义（%2）连同下面的理由一并记录。</translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation>记录更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::FacePreviewWidget</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation>正在等待摄像头…</translation>
    </message>
</context>
<context>
    <name>ow::FileDialogImageChooser</name>
    <message>
        <source>Images and PDF (%1)</source>
        <translation>图像和 PDF（%1）</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>导入页面</translation>
    </message>
</context>
<context>
    <name>ow::FileDialogPathChooser</name>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ow::FirstRunDialog</name>
    <message>
        <source>Note the password first, then tick the box above.</source>
        <translation>请先记下密码，再勾选上方的确认框。</translation>
    </message>
    <message>
        <source>The password is on the clipboard.</source>
        <translation>密码已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ow::FrameSourceFactory</name>
    <message>
        <source>The folder %1 holds no images to play.</source>
        <translation>文件夹 %1 中没有可播放的图像。</translation>
    </message>
</context>
<context>
    <name>ow::IdCardContents</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ow::IdCardJson</name>
    <message>
        <source>Cannot open the card file %1: %2</source>
        <translation>无法打开证件文件 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>证件文件 %1 不是 JSON 对象（偏移 %3 处：%2）。</translation>
    </message>
    <message>
        <source>Card file %1: %2</source>
        <translation>证件文件 %1：%2</translation>
    </message>
    <message>
        <source>photoHex holds %1 bytes; a card photo has %2.</source>
        <translation>photoHex 有 %1 字节；证件照片应为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>ow::IdCardReader</name>
    <message>
        <source>The reader&apos;s answer to &quot;read card&quot; is too short (%1 bytes).</source>
        <translation>读卡器对“读卡”命令的应答过短（%1 字节）。</translation>
    </message>
    <message>
        <source>The reader&apos;s answer to &quot;read card&quot; is inconsistent: text %1 bytes, photo %2 bytes, %3 bytes received.</source>
        <translation>读卡器对“读卡”命令的应答不一致：文字 %1 字节，照片 %2 字节，实际收到 %3 字节。</translation>
    </message>
</context>
<context>
    <name>ow::IdCardSession</name>
    <message>
        <source>The reader setting &quot;%1&quot; should read vendor:LIBRARY:PORT (for example vendor:/opt/reader/libsdk.so:1001).</source>
        <translation>读卡器设置“%1”应写成 vendor:库文件:端口（例如 vendor:/opt/reader/libsdk.so:1001）。</translation>
    </message>
    <message>
        <source>This is a foreign permanent residence card; its number cannot identify an applicant here yet. Enter the applicant by hand.</source>
        <translation>这是外国人永久居留身份证，目前不能用其号码识别申请人。请手工录入申请人信息。</translation>
    </message>
    <message>
        <source>The card was read but its data is not valid: %1</source>
        <translation>已读取证件，但证件信息无效：%1</translation>
    </message>
    <message>
        <source>The card is still being read.</source>
        <translation>正在读取证件，请稍候。</translation>
    </message>
    <message>
        <source>No card reader is set. Enter the reader&apos;s port first.</source>
        <translation>尚未设置读卡器。请先填写读卡器端口。</translation>
    </message>
</context>
<context>
    <name>ow::IdCardSimulator</name>
    <message>
        <source>unknown fault &quot;%1&quot; (one of: %2)</source>
        <translation>未知的故障“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>无法创建伪终端：%1</translation>
    </message>
    <message>
        <source>Cannot name the pseudo-terminal: %1</source>
        <translation>无法获取伪终端名称：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::IdCardStatus</name>
    <message>
        <source>The card was read successfully.</source>
        <translation>证件读取成功。</translation>
    </message>
    <message>
        <source>The card holds no data for this item (for example no fingerprint or no added address).</source>
        <translation>证件中没有此项数据（例如没有指纹或没有追加住址）。</translation>
    </message>
    <message>
        <source>A card was found on the reader.</source>
        <translation>读卡器上已找到证件。</translation>
    </message>
    <message>
        <source>The reader received a damaged command (checksum error). Try again; if it repeats, check the cable.</source>
        <translation>读卡器收到的命令已损坏（校验错误）。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader received a command of the wrong length. Try again; if it repeats, check the cable.</source>
        <translation>读卡器收到的命令长度错误。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader rejected the command. The reader model may not be supported.</source>
        <translation>读卡器拒绝了该命令，可能不支持此型号的读卡器。</translation>
    </message>
    <message>
        <source>The reader refused the operation (not permitted).</source>
        <translation>读卡器拒绝执行该操作（越权）。</translation>
    </message>
    <message>
        <source>The reader reported an unrecognised error. Take the card off, put it back and try again.</source>
        <translation>读卡器报告了无法识别的错误。请拿开证件，重新放好后再试。</translation>
    </message>
    <message>
        <source>The card did not accept the reader&apos;s security module. The card may be damaged or not genuine.</source>
        <translation>证件未通过读卡器安全模块的认证，证件可能已损坏或非真实证件。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not verify the card. The card may be damaged or not genuine.</source>
        <translation>读卡器安全模块无法验证该证件，证件可能已损坏或非真实证件。</translation>
    </message>
    <message>
        <source>The card&apos;s data failed verification. Put the card back and try again.</source>
        <translation>证件数据校验失败。请重新放好证件后再试。</translation>
    </message>
    <message>
        <source>The reader does not recognise this type of card.</source>
        <translation>读卡器无法识别此类证件。</translation>
    </message>
    <message>
        <source>The card could not be read; it may have moved. Keep it flat on the reader and try again.</source>
        <translation>无法读取证件，证件可能被移动。请将证件平放在读卡器上再试。</translation>
    </message>
    <message>
        <source>The reader could not talk to the card (random number failed). Put the card back and try again.</source>
        <translation>读卡器无法与证件通信（取随机数失败）。请重新放好证件后再试。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module (SAM) failed its self-test. The reader needs service.</source>
        <translation>读卡器安全模块（SAM）自检失败，读卡器需要维修。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module (SAM) is not authorised. The reader needs service.</source>
        <translation>读卡器安全模块（SAM）未经授权，读卡器需要维修。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card on the reader (if it is already there, lift it and put it back).</source>
        <translation>读卡器上没有证件。请将身份证放在读卡器上（如已放好，请拿起后重新放下）。</translation>
    </message>
    <message>
        <source>The card could not be selected. Keep it flat on the reader and try again.</source>
        <translation>无法选中证件。请将证件平放在读卡器上再试。</translation>
    </message>
    <message>
        <source>The reader reported an unknown status %1. Try again; if it repeats, the reader needs service.</source>
        <translation>读卡器报告了未知状态 %1。请重试；如反复出现，读卡器需要维修。</translation>
    </message>
</context>
<context>
    <name>ow::IdCardTextBlock</name>
    <message>
        <source>The card&apos;s text block has %1 bytes instead of %2.</source>
        <translation>证件文字信息为 %1 字节，应为 %2 字节。</translation>
    </message>
    <message>
        <source>The card has an unknown type flag U+%1; it is not an ID card this workstation reads.</source>
        <translation>证件类型标识 U+%1 未知，本工作台无法读取此类证件。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has %2 characters; the card holds at most %3.</source>
        <translation>字段“%1”有 %2 个字符，证件最多容纳 %3 个。</translation>
    </message>
    <message>
        <source>The card&apos;s sex code &quot;%1&quot; is not one of 0, 1, 2, 9.</source>
        <translation>证件的性别代码“%1”不属于 0、1、2、9。</translation>
    </message>
    <message>
        <source>The card&apos;s nation code &quot;%1&quot; is not in GB/T 3304.</source>
        <translation>证件的民族代码“%1”不在 GB/T 3304 中。</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>validity start</source>
        <translation>有效期起始日期</translation>
    </message>
    <message>
        <source>validity end</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>The card&apos;s ID number %1 is invalid: %2</source>
        <translation>证件号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>The card&apos;s permanent-residence number has %1 characters instead of 15.</source>
        <translation>永久居留证号码为 %1 位，应为 15 位。</translation>
    </message>
</context>
<context>
    <name>ow::IdNumber</name>
    <message>
        <source>the ID number is empty</source>
        <translation>身份证号码为空</translation>
    </message>
    <message>
        <source>an ID number has 18 characters (or 15 digits in the old form), got %1</source>
        <translation>身份证号码应为18位（旧版为15位数字），实际为%1位</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed (only digits, and X as the check character)</source>
        <translation>第%2位的字符“%1”无效（只能是数字，校验码可为X）</translation>
    </message>
    <message>
        <source>birth date %1-%2-%3 is not a real calendar date</source>
        <translation>出生日期%1-%2-%3不是有效日期</translation>
    </message>
    <message>
        <source>birth date %1 is before %2, which is not plausible</source>
        <translation>出生日期%1早于%2，不合常理</translation>
    </message>
    <message>
        <source>birth date %1 is in the future (today is %2)</source>
        <translation>出生日期%1晚于今天（%2）</translation>
    </message>
    <message>
        <source>check digit is %1, expected %2</source>
        <translation>校验码为%1，应为%2</translation>
    </message>
    <message>
        <source>address code starts with %1, which is not a known province code</source>
        <translation>地址码以%1开头，不是有效的省级行政区划代码</translation>
    </message>
</context>
<context>
    <name>ow::IdentityCheckBar</name>
    <message>
        <source>Reading the card… keep it on the reader.</source>
        <translation>正在读卡…请将证件放在读卡器上不要移动。</translation>
    </message>
    <message>
        <source>Card read: %1, %2.</source>
        <translation>已读卡：%1，%2。</translation>
    </message>
    <message>
        <source>The card was not read: %1</source>
        <translation>未能读卡：%1</translation>
    </message>
    <message>
        <source>Read the card (F10) or start the visit before the face check.</source>
        <translation>人证核验前请先读卡（F10）或开始办理。</translation>
    </message>
</context>
<context>
    <name>ow::ImageSequenceFrameSource</name>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <source>The image sequence has no frames.</source>
        <translation>图像序列中没有画面。</translation>
    </message>
    <message numerus="yes">
        <source>Image sequence (%n frames)</source>
        <translation>
            <numerusform>图像序列（%n 帧）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::IntakeCase</name>
    <message>
        <source>case %1: a change of state needs the acting user</source>
        <translation>办件%1：变更状态须记录经办人</translation>
    </message>
    <message>
        <source>case %1: cannot move from %2 (%3) to %4 (%5)</source>
        <translation>办件%1：不能从%2（%3）变更为%4（%5）</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDesk</name>
    <message>
        <source>case %1: item %2 is not in the catalog</source>
        <translation>办件%1：事项%2不在事项目录中</translation>
    </message>
</context>
<context>
    <name>ow::IntakeSession</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>事项目录读取失败：%1</translation>
    </message>
    <message>
        <source>Sign in first: every visit names the clerk who received it.</source>
        <translation>请先登录：每次接件须记录经办人。</translation>
    </message>
    <message>
        <source>No visit number could be drawn: %1</source>
        <translation>无法生成接件编号：%1</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>接件记录保存失败：%1</translation>
    </message>
    <message>
        <source>Start a visit for the applicant first.</source>
        <translation>请先为申请人开始接件。</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog.</source>
        <translation>事项%1不在事项目录中。</translation>
    </message>
    <message>
        <source>“%1” is not available to natural persons.</source>
        <translation>“%1”不面向自然人办理。</translation>
    </message>
    <message>
        <source>“%1” is not available to organisations.</source>
        <translation>“%1”不面向法人或其他组织办理。</translation>
    </message>
    <message>
        <source>“%1” is already on this visit.</source>
        <translation>“%1”已在本次办件中。</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>办件保存失败：%1</translation>
    </message>
    <message>
        <source>No case %1 on this visit.</source>
        <translation>本次接件中没有办件%1。</translation>
    </message>
    <message>
        <source>The case is decided (%1); its checklist can no longer change.</source>
        <translation>办件已作出决定（%1），材料清单不能再修改。</translation>
    </message>
    <message>
        <source>“%1” is not a material of this item.</source>
        <translation>“%1”不是本事项的申请材料。</translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation>“%1”不可容缺，须当场提交。</translation>
    </message>
    <message>
        <source>Give the date by which the applicant promises “%1”.</source>
        <translation>请填写申请人承诺补交“%1”的日期。</translation>
    </message>
    <message>
        <source>Say what is wrong with “%1”.</source>
        <translation>请说明“%1”不合格的原因。</translation>
    </message>
    <message>
        <source>“%1” is required and cannot be marked not applicable.</source>
        <translation>“%1”为必要材料，不能标记为不适用。</translation>
    </message>
    <message>
        <source>Say why “%1” does not apply.</source>
        <translation>请说明“%1”不适用的原因。</translation>
    </message>
    <message>
        <source>Sign in first: every decision names the clerk who took it.</source>
        <translation>请先登录：每项决定须记录经办人。</translation>
    </message>
    <message>
        <source>The decision could not be saved, so it was not taken: %1</source>
        <translation>决定保存失败，未生效：%1</translation>
    </message>
</context>
<context>
    <name>ow::IntakeWidget</name>
    <message>
        <source>Visit started. Add the items the applicant asks for.</source>
        <translation>已开始接件，请添加申请人要办理的事项。</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <source>Added. Check each material: R received, E e-licence, D deferred, M missing, X defective, N not applicable.</source>
        <translation>已添加。请逐项核验材料：R 已收，E 免提交，D 容缺，M 缺，X 不合格，N 不适用。</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择办件</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Committed limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>%1: %2 (runs from acceptance)</source>
        <translation>%1：%2（自受理之日起计算）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — due %3, %n working day(s) left</source>
        <translation>
            <numerusform>%1：%2 — %3到期，剩余%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — due %3, overdue</source>
        <translation>%1：%2 — %3到期，已超期</translation>
    </message>
    <message>
        <source>Accepted. Print the acceptance notice for the applicant.</source>
        <translation>已受理。请打印受理通知书交申请人。</translation>
    </message>
    <message>
        <source>Accepted with deferred materials. Print the commitment for the applicant to sign, and the notice (two copies).</source>
        <translation>已容缺受理。请打印承诺书由申请人签字，并打印容缺受理通知书（一式两份）。</translation>
    </message>
    <message>
        <source>Correction requested. Print the notice: it lists every missing material at once.</source>
        <translation>已告知补正。请打印通知书，一次性列明全部需补正材料。</translation>
    </message>
    <message>
        <source>Refused. Print the refusal notice; it states the applicant&apos;s rights.</source>
        <translation>已不予受理。请打印不予受理通知书，其中载明申请人的救济权利。</translation>
    </message>
    <message>
        <source>Deferrable materials promised for a date</source>
        <translation>可容缺材料承诺限期补交</translation>
    </message>
    <message>
        <source>Deferred acceptance is not allowed: the applicant is on the dishonesty list.</source>
        <translation>申请人已列入失信名单，不得适用容缺受理。</translation>
    </message>
    <message>
        <source>Deferred acceptance is not allowed: the applicant is on the dishonesty list (%1).</source>
        <translation>申请人已列入失信名单（%1），不得适用容缺受理。</translation>
    </message>
    <message>
        <source>A visit is in progress: press New visit before reading another applicant&apos;s card.</source>
        <translation>正在办理一位申请人的业务：读取其他申请人的证件前，请先点击“新接件”。</translation>
    </message>
</context>
<context>
    <name>ow::ItemGuideWidget</name>
    <message>
        <source>Find item</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>The item %1 could not be read: %2</source>
        <translation>无法读取事项 %1：%2</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>没有与“%1”匹配的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ItemPageWidget</name>
    <message>
        <source>Code %1</source>
        <translation>事项编码 %1</translation>
    </message>
    <message>
        <source>Regular processing</source>
        <translation>一般办理</translation>
    </message>
</context>
<context>
    <name>ow::JustificationDialog</name>
    <message>
        <source>The first notice did not list: %1. Asking for them now breaks the one-time notice rule and is recorded as a violation.</source>
        <translation>首次告知未列出：%1。现在再次要求补正违反一次性告知制度，将记录为违规。</translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation>出具告知书</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::LegalClock</name>
    <message>
        <source>the clock has no start date</source>
        <translation>时限没有起算日期</translation>
    </message>
    <message>
        <source>time limit unit must be 工作日 or 日; got &quot;%1&quot;</source>
        <translation>时限单位应为“工作日”或“日”，实际为“%1”</translation>
    </message>
    <message>
        <source>time limit must be 0 or more; got %1</source>
        <translation>时限不能为负数，实际为%1</translation>
    </message>
    <message>
        <source>the deadline lies more than %1 days after %2</source>
        <translation>期限晚于%2之后%1天，超出计算范围</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message numerus="yes">
        <source>Catalog: %n item(s)</source>
        <translation>
            <numerusform>事项目录：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Item guide</source>
        <translation>办事指南(&amp;I)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language applies the next time OneWindow starts.</source>
        <translation>新的界面语言将在下次启动一窗通办工作台时生效。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通办工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow Workstation %1&lt;/h3&gt;&lt;p&gt;The comprehensive window&apos;s workstation of a government service hall: item guide, intake, queue and supervision.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗通办工作台 %1&lt;/h3&gt;&lt;p&gt;政务服务大厅综合窗口工作台：办事指南、收件受理、排队叫号和电子监察。&lt;/p&gt;&lt;p&gt;数据目录：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I&amp;ntake</source>
        <translation>收件受理(&amp;N)</translation>
    </message>
    <message>
        <source>Commitment le&amp;dger</source>
        <translation>容缺承诺台账(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ow::MaterialPdfWriter</name>
    <message>
        <source>%1: a material needs at least one page</source>
        <translation>%1：一份材料至少需要一页</translation>
    </message>
    <message>
        <source>%1: page %2 has no image</source>
        <translation>%1：第 %2 页没有图像</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation>%1：无法写入 PDF：%2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法开始生成 PDF</translation>
    </message>
    <message>
        <source>%1: cannot read the PDF back: %2</source>
        <translation>%1：无法读回 PDF：%2</translation>
    </message>
</context>
<context>
    <name>ow::MaterialPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::MaterialScanDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 办件 %2</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>Scanner (feeder)</source>
        <translation>扫描仪（自动进纸）</translation>
    </message>
    <message>
        <source>Scanner (flatbed)</source>
        <translation>扫描仪（平板）</translation>
    </message>
    <message>
        <source>Files (images, PDF)</source>
        <translation>文件（图像、PDF）</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>The next page replaces the selected one: capture, scan or import it.</source>
        <translation>下一页将替换所选页面：请拍摄、扫描或导入。</translation>
    </message>
    <message>
        <source>All pages processed.</source>
        <translation>所有页面已处理完毕。</translation>
    </message>
    <message>
        <source>Camera on: place each page under it; it is taken once the desk is still.</source>
        <translation>高拍仪已开启：请逐页放在镜头下，画面静止后自动拍摄。</translation>
    </message>
    <message>
        <source>Scanning with %1…</source>
        <translation>正在使用 %1 扫描…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) taken out (separator sheets, blank pages).</source>
        <translation>
            <numerusform>已取出 %n 页（分隔页、空白页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top camera</source>
        <translation>关闭高拍仪(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n material(s), %1.</source>
        <translation>
            <numerusform>已保存 %n 份材料，共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a scanner…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>Saving the PDFs…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Close without saving? The %n scanned page(s) will be lost.</source>
        <translation>
            <numerusform>不保存就关闭吗？已扫描的 %n 页将丢失。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::MaterialScanSession</name>
    <message>
        <source>Cancelled: the pages processed so far are kept.</source>
        <translation>已取消：已处理的页面予以保留。</translation>
    </message>
    <message>
        <source>Wait until every page is processed (or cancel the batch).</source>
        <translation>请等待所有页面处理完毕（或取消本批）。</translation>
    </message>
    <message>
        <source>There are no pages to save.</source>
        <translation>没有可保存的页面。</translation>
    </message>
    <message>
        <source>Page %1 of “%2” could not be processed: rescan or delete it.</source>
        <translation>“%2”的第 %1 页无法处理：请重扫或删除该页。</translation>
    </message>
    <message>
        <source>The materials are being saved.</source>
        <translation>材料正在保存。</translation>
    </message>
</context>
<context>
    <name>ow::MaterialScanWriter</name>
    <message>
        <source>No temporary folder for the PDF of “%1”: %2</source>
        <translation>无法为“%1”的 PDF 创建临时文件夹：%2</translation>
    </message>
    <message>
        <source>The PDF of “%1” cannot be read back: %2</source>
        <translation>无法读回“%1”的 PDF：%2</translation>
    </message>
    <message>
        <source>The PDF of “%1” changed while it was read.</source>
        <translation>“%1”的 PDF 在读取时发生了变化。</translation>
    </message>
</context>
<context>
    <name>ow::MaterialTableModel</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>形式：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张规格</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>空白表格</translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation>填报样表</translation>
    </message>
    <message>
        <source>May be supplied later under deferred acceptance</source>
        <translation>容缺受理时可承诺后补</translation>
    </message>
    <message>
        <source>Obtained from e-licences or shared data; the applicant need not submit it</source>
        <translation>通过电子证照或共享数据获取，申请人无需提交</translation>
    </message>
    <message>
        <source>A blank form is available</source>
        <translation>提供空白表格</translation>
    </message>
    <message>
        <source>A filled-in sample form is available</source>
        <translation>提供填报样表（示范文本）</translation>
    </message>
</context>
<context>
    <name>ow::PageBatchSource</name>
    <message>
        <source>No scanner was found.</source>
        <translation>未找到扫描仪。</translation>
    </message>
</context>
<context>
    <name>ow::PageCornerEditor</name>
    <message>
        <source>Drag the four corners onto the corners of the page.</source>
        <translation>请将四个角点拖到页面的四个角上。</translation>
    </message>
    <message>
        <source>Select a page to see its corners.</source>
        <translation>选择一页以查看其角点。</translation>
    </message>
</context>
<context>
    <name>ow::PageListModel</name>
    <message>
        <source>%1 · processing…</source>
        <translation>%1 · 处理中…</translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation>%1 · 处理失败</translation>
    </message>
    <message>
        <source>%1 · blank?</source>
        <translation>%1 · 空白页？</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>ow::RefusalDialog</name>
    <message>
        <source>Item: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>Refuse (F8)</source>
        <translation>不予受理（F8）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::ScanPageProcessor</name>
    <message>
        <source>The page image is empty.</source>
        <translation>页面图像为空。</translation>
    </message>
    <message>
        <source>No page could be made of this image (%1×%2).</source>
        <translation>无法从该图像（%1×%2）中得到页面。</translation>
    </message>
</context>
<context>
    <name>ow::SerialIdCardTransport</name>
    <message>
        <source>serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Cannot open the ID-card reader on %1: %2. Check that the reader is plugged in and the port name is right.</source>
        <translation>无法打开 %1 上的身份证读卡器：%2。请检查读卡器是否已连接、端口名称是否正确。</translation>
    </message>
    <message>
        <source>The ID-card reader port is not open.</source>
        <translation>身份证读卡器端口未打开。</translation>
    </message>
    <message>
        <source>Could not send the command to the ID-card reader on %1: %2</source>
        <translation>无法向 %1 上的身份证读卡器发送命令：%2</translation>
    </message>
    <message>
        <source>the answer is shorter than its status bytes</source>
        <translation>应答比状态字节还短</translation>
    </message>
    <message>
        <source>The ID-card reader sent a damaged answer (%1). Try again; if it repeats, check the cable.</source>
        <translation>身份证读卡器发来的应答已损坏（%1）。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID-card reader stopped in the middle of an answer (%1 of %2 bytes within %3 ms). Try again.</source>
        <translation>身份证读卡器的应答中途中断（%3 毫秒内收到 %1/%2 字节）。请重试。</translation>
    </message>
    <message>
        <source>The ID-card reader sent %1 bytes that are not a valid answer. Check that the port belongs to an ID-card reader.</source>
        <translation>身份证读卡器发来 %1 字节无效应答。请确认该端口连接的是身份证读卡器。</translation>
    </message>
    <message>
        <source>The ID-card reader on %1 did not answer within %2 ms. Check that it is plugged in and switched on.</source>
        <translation>%1 上的身份证读卡器在 %2 毫秒内无应答。请检查是否已连接并开机。</translation>
    </message>
</context>
<context>
    <name>ow::SupplyDialog</name>
    <message>
        <source>%1
Case %2 · %3 · promised by %4</source>
        <translation>%1
办件%2 · %3 · 承诺%4前补交</translation>
    </message>
    <message>
        <source>Record the supply</source>
        <translation>登记补交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <comment>entries not yet on the server</comment>
        <translation>
            <numerusform>待同步 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <comment>open sync conflicts</comment>
        <translation>
            <numerusform>冲突 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>No successful sync yet</source>
        <translation>尚未成功同步</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
</context>
<context>
    <name>ow::VendorSdkLoader</name>
    <message>
        <source>No vendor ID-card reader library at &quot;%1&quot;. OneWindow bundles none: install the plugin supplied with the reader&apos;s licence, or use a serial reader.</source>
        <translation>“%1”处没有厂商读卡器库。一窗通办不附带任何厂商库：请安装随读卡器授权提供的插件，或使用串口读卡器。</translation>
    </message>
    <message>
        <source>The vendor ID-card reader library &quot;%1&quot; could not be loaded: %2</source>
        <translation>无法加载厂商读卡器库“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Qt plugin but not a OneWindow ID-card reader plugin (%2).</source>
        <translation>“%1”是 Qt 插件，但不是一窗通办的身份证读卡器插件（%2）。</translation>
    </message>
</context>
<context>
    <name>ow::VendorSdkTransport</name>
    <message>
        <source>vendor SDK %1 port %2</source>
        <translation>厂商 SDK %1 端口 %2</translation>
    </message>
    <message>
        <source>The %1 reader library could not open port %2: %3</source>
        <translation>%1 读卡器库无法打开端口 %2：%3</translation>
    </message>
    <message>
        <source>The ID-card reader is not open.</source>
        <translation>身份证读卡器未打开。</translation>
    </message>
    <message>
        <source>The %1 reader library reported: %2</source>
        <translation>%1 读卡器库报告：%2</translation>
    </message>
</context>
<context>
    <name>ow::Visit</name>
    <message>
        <source>item %1 (%2) serves %3, not %4</source>
        <translation>事项%1（%2）的服务对象为%3，不含%4</translation>
    </message>
    <message>
        <source>item %1 (%2) is already open on this visit as case %3</source>
        <translation>事项%1（%2）已在本次来访中办理（办件%3）</translation>
    </message>
</context>
<context>
    <name>ow::VisitCasesModel</name>
    <message>
        <source>  ·  due %1</source>
        <translation>  ·  %1到期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>%1 cannot be checked: no holiday calendar is loaded; load one</source>
        <translation>无法核对%1：尚未载入节假日历，请先载入</translation>
    </message>
    <message>
        <source>%1 is outside the loaded holiday calendar (%2); load a newer calendar</source>
        <translation>%1超出已载入的节假日历范围（%2），请载入更新的日历</translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>the start date is not valid</source>
        <translation>起算日期无效</translation>
    </message>
    <message>
        <source>counting %1 working days from %2: %3</source>
        <translation>自%2起计算%1个工作日：%3</translation>
    </message>
    <message>
        <source>counting working days from %1 to %2: %3</source>
        <translation>计算%1至%2的工作日：%3</translation>
    </message>
</context>
<context>
    <name>ow::cli::FaceVaultCommand</name>
    <message>
        <source>usage: onewindow-cli face vault purge [--data-dir DIR]
       onewindow-cli face vault export --check ID --out DIR [--data-dir DIR] [--key FILE]
</source>
        <translation>用法：onewindow-cli face vault purge [--data-dir DIR]
      onewindow-cli face vault export --check ID --out DIR [--data-dir DIR] [--key FILE]
</translation>
    </message>
    <message numerus="yes">
        <source>%n expired face image file(s) removed from %1.</source>
        <translation>
            <numerusform>已从 %1 删除 %n 个过期的人脸图像文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No images of face check %1 are retained in %2.</source>
        <translation>%2 中没有留存人证核验 %1 的图像。</translation>
    </message>
    <message>
        <source>There is no workstation database in %1 to audit the export in.</source>
        <translation>%1 中没有工作站数据库，无法为导出记录审计日志。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The export could not be audited, nothing was kept: %1</source>
        <translation>导出无法记入审计日志，未保留任何文件：%1</translation>
    </message>
</context>
<context>
    <name>ow::vision::PageImageFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; at most %3 MB)</source>
        <translation>%1：文件过大（%2 MB；最多 %3 MB）</translation>
    </message>
    <message>
        <source>%1: not an image (JPEG, PNG, TIFF, BMP or WebP expected)</source>
        <translation>%1：不是图像文件（应为 JPEG、PNG、TIFF、BMP 或 WebP）</translation>
    </message>
    <message>
        <source>%1: the image is too large (%2 x %3 pixels; at most %4 megapixels)</source>
        <translation>%1：图像过大（%2 x %3 像素；最多 %4 百万像素）</translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before the image does)</source>
        <translation>%1：文件不完整（图像数据提前结束）</translation>
    </message>
    <message>
        <source>%1: the image cannot be decoded</source>
        <translation>%1：无法解码该图像</translation>
    </message>
    <message>
        <source>%1: the image is too small (%2 x %3 pixels; at least %4 x %4)</source>
        <translation>%1：图像过小（%2 x %3 像素；至少 %4 x %4）</translation>
    </message>
</context>
</TS>
