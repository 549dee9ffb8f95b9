<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantCheck</name>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters; %1 typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits are allowed, and X only as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: please check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code contains a character that is not allowed (I, O, S, V, Z and punctuation never occur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code inside the credit code (characters 9–17) does not check: please check the code for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: please check the code for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registered name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the legal representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent must present a power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by an a&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney &amp;presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upply…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with deferred materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred-material commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password — OneWindow Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks acceptance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentLedgerWidget</name>
    <message>
        <source>Commitment ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred materials the applicants promised to supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process overdue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeferralDialog</name>
    <message>
        <source>Accept with deferred materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant signs the commitment to supply each material by its date. A promise not kept ends the case by the item&apos;s rule and is recorded in the credit system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start — OneWindow Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation starts for the first time. An administrator account has been created. Sign in with it and the one-time password below; you will then choose your own password. The one-time password is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo catalog of items has been loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;noted the password. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue to sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeMessages</name>
    <message>
        <source>The case is %1: this decision is taken only while the case is being received or corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision is taken only while the case is being received or corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required material “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required material “%1” does not meet the standard: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deferred: use deferred acceptance (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item does not allow deferred acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not be deferred and does not meet the standard: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be deferred, but no promised date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list: deferred acceptance is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is on the dishonesty list (%1): deferred acceptance is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The promised date %1 for “%2” is later than the latest date allowed, %3 (%n working day(s)).</source>
        <translation>
            <numerusform>The promised date %1 for “%2” is later than the latest date allowed, %3 (%n working day).</numerusform>
            <numerusform>The promised date %1 for “%2” is later than the latest date allowed, %3 (%n working days).</numerusform>
        </translation>
    </message>
    <message>
        <source>The promised date %1 for “%2” lies in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deferred: accept the case normally (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is missing or defective: there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first notice did not list %1: a further correction notice needs a justification (one-time notice rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred, promised by %1 (needs deferred acceptance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not meet the standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required, may not be deferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (may be deferred with a promised date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <source>Add items to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name, code or pinyin (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required material is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with deferral (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable materials promised for a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every missing or defective material once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable here; a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n visit(s)</source>
        <translation>
            <numerusform>At most %n visit</numerusform>
            <numerusform>At most %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Basis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 deferrable, %3 from e-licences)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemGuideWidget</name>
    <message>
        <source>Item guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code, material or pinyin (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items of one department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPageWidget</name>
    <message>
        <source>Choose an item on the left to see its standard: materials, time limits and how it is handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Second correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification (required; the supervisor sees it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — OneWindow Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneWindow Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialPromptDialog</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, printed on the notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Competent organ (where to apply instead, if known):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice tells the applicant of the right to apply for administrative reconsideration within 60 days or to bring an administrative lawsuit within 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Window clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>Supply a deferred material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the applicant brought (recorded on the case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete: the material is now fully supplied and the commitment closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial supply keeps the commitment open until the rest is brought by the promised date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database in %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first start could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::Applicant</name>
    <message>
        <source>applicant name: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant name: the registered name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant ID number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant ID card: expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant credit code &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent name: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent ID number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent: a power of attorney (授权委托书) is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ApplicantPanel</name>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid · %1 · born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit: no earlier cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in the credit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishonesty record: %1. Deferred acceptance (F6) is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (case %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open commitments (%1): take the supply now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::AuthService</name>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs both letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Change Password with your current password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CaseDocumentsPanel</name>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ChangePasswordDialog</name>
    <message>
        <source>At least %1 characters, with letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::Checklist</name>
    <message>
        <source>material %1 is not in this item&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1: the count received must be 1 or more; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1: name the e-licence or shared-data source it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1 is not deferrable (容缺) in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1: a deferred material needs the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1: say what is wrong with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1 is required (%2) and cannot be marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1: say why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ChecklistPanel</name>
    <message>
        <source>Keys: R received · E e-licence · D deferred · M missing · X defective · N not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the visit to see its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: the checklist is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every required material is in. Accept with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deferred materials remain: accept with deferral (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised date of supply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained from (source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the e-licence library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required and cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it not apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ChecklistTableModel</name>
    <message>
        <source>No material in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Original, %n copy(ies)</source>
        <translation>
            <numerusform>Original, %n copy</numerusform>
            <numerusform>Original, %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy, %n copy(ies)</source>
        <translation>
            <numerusform>Copy, %n copy</numerusform>
            <numerusform>Copy, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deferrable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedger</name>
    <message>
        <source>commitment %1 (%2) is %3, not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment %1 (%2): say what was supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment %1 (%2) is due on %3 and not overdue on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment %1 belongs to case %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedgerModel</name>
    <message>
        <source>outside the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly supplied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, not supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CommitmentLedgerWidget</name>
    <message numerus="yes">
        <source>Due soon: within %n working day(s)</source>
        <translation>
            <numerusform>Due soon: within %n working day</numerusform>
            <numerusform>Due soon: within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s rule: the application is refused and the applicant&apos;s credit is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s rule: the case is terminated and the applicant&apos;s credit is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an overdue commitment can be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open commitment here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · case state: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a commitment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied: “%1” of case %2 is complete; the commitment is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly supplied: “%1” of case %2 stays open until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an overdue commitment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case will be terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process an overdue commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of case %2 was promised by %3 and has not been supplied.

%4
The applicant %5 will be marked in the credit record and may no longer use deferred acceptance.

This cannot be undone. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now %2; the applicant&apos;s credit is marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CommitmentService</name>
    <message>
        <source>Sign in first: every change names the clerk who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read the ledger but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open commitments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the applicant brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no commitment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item of case %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved, so nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit standing could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CreditCode</name>
    <message>
        <source>the credit code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit code has 18 characters, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed in a credit code (digits and A-Z without I, O, Z, S, V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 must be a digit (positions 3-8 are the administrative division code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation code check character (position 17) is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character (position 18) is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::DeferralDialog</name>
    <message>
        <source>Promised dates may lie between today (%1) and %2, the latest this item allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with deferral (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::DepartmentListModel</name>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FileDialogPathChooser</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FirstRunDialog</name>
    <message>
        <source>Note the password first, then tick the box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdNumber</name>
    <message>
        <source>the ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID number has 18 characters (or 15 digits in the old form), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed (only digits, and X as the check character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1-%2-%3 is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is before %2, which is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is in the future (today is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address code starts with %1, which is not a known province code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IntakeCase</name>
    <message>
        <source>case %1: a change of state needs the acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: cannot move from %2 (%3) to %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IntakeDesk</name>
    <message>
        <source>case %1: item %2 is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IntakeSession</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: every visit names the clerk who received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit number could be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit for the applicant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not available to natural persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not available to organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case %1 on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is decided (%1); its checklist can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a material of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not be deferred: the applicant must present it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date by which the applicant promises “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required and cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why “%1” does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: every decision names the clerk who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved, so it was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IntakeWidget</name>
    <message>
        <source>Visit started. Add the items the applicant asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Check each material: R received, E e-licence, D deferred, M missing, X defective, N not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (runs from acceptance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — due %3, %n working day(s) left</source>
        <translation>
            <numerusform>%1: %2 — due %3, %n working day left</numerusform>
            <numerusform>%1: %2 — due %3, %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — due %3, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted. Print the acceptance notice for the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with deferred materials. Print the commitment for the applicant to sign, and the notice (two copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested. Print the notice: it lists every missing material at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused. Print the refusal notice; it states the applicant&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable materials promised for a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred acceptance is not allowed: the applicant is on the dishonesty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred acceptance is not allowed: the applicant is on the dishonesty list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ItemGuideWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Find item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ItemPageWidget</name>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::JustificationDialog</name>
    <message>
        <source>The first notice did not list: %1. Asking for them now breaks the one-time notice rule and is recorded as a violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::LegalClock</name>
    <message>
        <source>the clock has no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit unit must be 工作日 or 日; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit must be 0 or more; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline lies more than %1 days after %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message numerus="yes">
        <source>Catalog: %n item(s)</source>
        <translation>
            <numerusform>Catalog: %n item</numerusform>
            <numerusform>Catalog: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Item guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time OneWindow starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow Workstation %1&lt;/h3&gt;&lt;p&gt;The comprehensive window&apos;s workstation of a government service hall: item guide, intake, queue and supervision.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment le&amp;dger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MaterialPromptDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MaterialTableModel</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From e-licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be supplied later under deferred acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained from e-licences or shared data; the applicant need not submit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank form is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filled-in sample form is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::RefusalDialog</name>
    <message>
        <source>Item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::SupplyDialog</name>
    <message>
        <source>%1
Case %2 · %3 · promised by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <comment>entries not yet on the server</comment>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <comment>open sync conflicts</comment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::Visit</name>
    <message>
        <source>item %1 (%2) serves %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (%2) is already open on this visit as case %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::VisitCasesModel</name>
    <message>
        <source>  ·  due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>%1 cannot be checked: no holiday calendar is loaded; load one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the loaded holiday calendar (%2); load a newer calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %1 working days from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting working days from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
