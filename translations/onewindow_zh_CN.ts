<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ow::DepartmentListModel</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
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
</TS>
