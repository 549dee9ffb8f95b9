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
    <message>
        <source>Scan… (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the selected material (camera, scanner or files)</source>
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
    <name>FaceCheckDialog</name>
    <message>
        <source>Face check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face check: is the applicant the card holder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card photo from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceImageFile</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (the JPEG data stops early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (or it is truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceModelPack</name>
    <message>
        <source>No face model folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model folder %1 does not exist. Install the model pack with installer/install-face-models.sh or point ONEWINDOW_FACE_MODELS at a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model pack in %1 has no readable manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pack id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an incomplete model entry (role, file and sha256 are required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model file %1 is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model file %1 is damaged or was replaced: its SHA-256 does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 lists no &apos;%2&apos; model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceOverrideDialog</name>
    <message>
        <source>Override the face check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacePipeline</name>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported pixel format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported number of colour channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face model %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to analyse the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceQuality</name>
    <message>
        <source>Please look into the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the applicant should be in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come closer to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is too dark: please face the light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much light on your face: please step out of the glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
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
    <name>IdentityCheckBar</name>
    <message>
        <source>Rea&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s serial port, or vendor:LIBRARY:PORT for a vendor SDK plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read card (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face check (F12)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFileImporter</name>
    <message>
        <source>File &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is %2 MB, more than the %3 MB limit for an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable size: the file is damaged or not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels, too small for a document page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than the %4 megapixel limit: the file is damaged or not a document page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; is neither an image this program can read nor a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is cut off (the end of the file is missing): copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1&quot; has %2 pages, more than the %3 allowed in one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be reached: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; is password-protected: save an unprotected copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &quot;%1&quot; has %2 pages, more than the %3 allowed in one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of PDF &quot;%2&quot; measures %3 × %4 mm, too large for a document page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of PDF &quot;%2&quot; cannot be rendered.</source>
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
    <name>LicenceOcr</name>
    <message>
        <source>No OCR engine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence image is empty, too small or not an 8-bit picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence image could not be prepared: %1</source>
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
    <name>MaterialScanDialog</name>
    <message>
        <source>Scan materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the camera, scan a batch or import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the page under the camera now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop &amp;blank pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page captured, scanned or imported replaces this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;next material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this page to the next material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corners of the selected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;back last dropped page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <name>SaneLibrary</name>
    <message>
        <source>The scanner library (SANE) did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanePageAssembler</name>
    <message>
        <source>The scanner sent no image data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reported an empty page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent %1-bit samples, which are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent a page without any complete line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an image format this program cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s line length does not fit its width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour line-art from the scanner is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s colour passes differ in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner mixed colour passes and whole pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaneScanner</name>
    <message>
        <source>Could not list scanners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open scanner &quot;%1&quot;: %2. Check that it is switched on and connected, and choose it again from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 from &quot;%2&quot; could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page would need %1 MB, more than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is larger than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; is busy (another program may be using it): try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; has no option &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of scanner &quot;%2&quot; cannot be set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for option &quot;%2&quot; of scanner &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; refused %2 = &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; has no &quot;%2&quot; setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; offers no suitable &quot;%2&quot; (it offers: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned so far are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The feeder of &quot;%1&quot; is empty: put the pages in and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jam in &quot;%1&quot; at page %2: open the feeder, remove the jammed sheet and scan the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover of &quot;%1&quot; is open: close it and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; stopped with an input/output error: check its cable and power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &quot;%1&quot; failed: %2</source>
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
    <name>TesseractEngine</name>
    <message>
        <source>OCR language data &quot;%1&quot; is missing (looked for %2): install the package tesseract-ocr-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR engine could not load language &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR needs an 8-bit grey or colour image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR could not prepare the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR failed on this image.</source>
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
    <name>ow</name>
    <message>
        <source>unknown card type &quot;%1&quot; (use resident, J, I or Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s %1 &quot;%2&quot; is not a valid date (YYYYMMDD).</source>
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
    <message>
        <source>The ID card expired on %1: ask for a valid identity document before accepting.</source>
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
    <name>ow::CameraFrameSource</name>
    <message>
        <source>No camera detected. Connect the face camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; failed: %2</source>
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
    <message>
        <source>Choose a material of a case to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n material(s); mark each received when it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned</source>
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
    <name>ow::FaceCheckDialog</name>
    <message>
        <source>Face check — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the face on the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan of the card face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face found on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the applicant&apos;s card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card photo first: from the reader&apos;s vendor library, or a photo or scan of the card face (Card photo from file…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (pass from %2, review from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness %1 (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overridden by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may override a saved check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face images were not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FaceCheckSession</name>
    <message>
        <source>The face models could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera to check the face with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face check thresholds are not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera keeps sending unusable frames (%1). Check the camera and its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may override a face check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the override (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved face check to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found in the card photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable face was seen by the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blink or head turn was not seen in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face changed during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face does not match the card photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match is uncertain: a person must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image could not be encoded as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FaceCheckWorker</name>
    <message>
        <source>Please turn your head slowly to one side and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please blink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face models are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found in the card photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera sent an empty or unusable frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FaceImageVault</name>
    <message>
        <source>%1 is empty: it is not a face vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: the face vault file ends after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a face vault file (it does not begin with OWFV1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file is configured for the face vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face vault key %1 does not exist: the retained images cannot be read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the face vault key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the face vault key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the face vault key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face vault key %1 is not a key (it must hold exactly %2 bytes, it holds %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face check id &quot;%1&quot; cannot name a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to keep for face check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be 1 to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face vault needs the current time to date an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the face vault folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retained %1 image of face check %2: %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a face vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the %2 image of face check %3, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was encrypted with another key (key id %2); the key file %3 holds key %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it was changed or damaged after it was written (or its key was replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expired face image file(s) removed; these files were left: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::FaceOverrideDialog</name>
    <message>
        <source>The check decided: %1. The override is recorded under your name (%2) with the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FacePreviewWidget</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::FileDialogImageChooser</name>
    <message>
        <source>Images and PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pages</source>
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
    <name>ow::FrameSourceFactory</name>
    <message>
        <source>The folder %1 holds no images to play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardContents</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardJson</name>
    <message>
        <source>Cannot open the card file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card file %1 is not a JSON object (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photoHex holds %1 bytes; a card photo has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardReader</name>
    <message>
        <source>The reader&apos;s answer to &quot;read card&quot; is too short (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s answer to &quot;read card&quot; is inconsistent: text %1 bytes, photo %2 bytes, %3 bytes received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardSession</name>
    <message>
        <source>The reader setting &quot;%1&quot; should read vendor:LIBRARY:PORT (for example vendor:/opt/reader/libsdk.so:1001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a foreign permanent residence card; its number cannot identify an applicant here yet. Enter the applicant by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was read but its data is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is set. Enter the reader&apos;s port first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardSimulator</name>
    <message>
        <source>unknown fault &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardStatus</name>
    <message>
        <source>The card was read successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds no data for this item (for example no fingerprint or no added address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card was found on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a damaged command (checksum error). Try again; if it repeats, check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a command of the wrong length. Try again; if it repeats, check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader rejected the command. The reader model may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader refused the operation (not permitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader reported an unrecognised error. Take the card off, put it back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not accept the reader&apos;s security module. The card may be damaged or not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not verify the card. The card may be damaged or not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data failed verification. Put the card back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader does not recognise this type of card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read; it may have moved. Keep it flat on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader could not talk to the card (random number failed). Put the card back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module (SAM) failed its self-test. The reader needs service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module (SAM) is not authorised. The reader needs service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card on the reader (if it is already there, lift it and put it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be selected. Keep it flat on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader reported an unknown status %1. Try again; if it repeats, the reader needs service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::IdCardTextBlock</name>
    <message>
        <source>The card&apos;s text block has %1 bytes instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has an unknown type flag U+%1; it is not an ID card this workstation reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has %2 characters; the card holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s sex code &quot;%1&quot; is not one of 0, 1, 2, 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s nation code &quot;%1&quot; is not in GB/T 3304.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s ID number %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s permanent-residence number has %1 characters instead of 15.</source>
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
    <name>ow::IdentityCheckBar</name>
    <message>
        <source>Reading the card… keep it on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card (F10) or start the visit before the face check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ImageSequenceFrameSource</name>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image sequence has no frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Image sequence (%n frames)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>A visit is in progress: press New visit before reading another applicant&apos;s card.</source>
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
    <name>ow::MaterialPdfWriter</name>
    <message>
        <source>%1: a material needs at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the PDF back: %2</source>
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
    <name>ow::MaterialScanDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner (feeder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner (flatbed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (images, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page replaces the selected one: capture, scan or import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on: place each page under it; it is taken once the desk is still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) taken out (separator sheets, blank pages).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n material(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close without saving? The %n scanned page(s) will be lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::MaterialScanSession</name>
    <message>
        <source>Cancelled: the pages processed so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until every page is processed (or cancel the batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pages to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of “%2” could not be processed: rescan or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials are being saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MaterialScanWriter</name>
    <message>
        <source>No temporary folder for the PDF of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of “%1” cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of “%1” changed while it was read.</source>
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
    <name>ow::PageBatchSource</name>
    <message>
        <source>No scanner was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::PageCornerEditor</name>
    <message>
        <source>Drag the four corners onto the corners of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a page to see its corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::PageListModel</name>
    <message>
        <source>%1 · processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · blank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
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
    <name>ow::ScanPageProcessor</name>
    <message>
        <source>The page image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page could be made of this image (%1×%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::SerialIdCardTransport</name>
    <message>
        <source>serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ID-card reader on %1: %2. Check that the reader is plugged in and the port name is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader port is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the command to the ID-card reader on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is shorter than its status bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader sent a damaged answer (%1). Try again; if it repeats, check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader stopped in the middle of an answer (%1 of %2 bytes within %3 ms). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader sent %1 bytes that are not a valid answer. Check that the port belongs to an ID-card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader on %1 did not answer within %2 ms. Check that it is plugged in and switched on.</source>
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
    <name>ow::VendorSdkLoader</name>
    <message>
        <source>No vendor ID-card reader library at &quot;%1&quot;. OneWindow bundles none: install the plugin supplied with the reader&apos;s licence, or use a serial reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor ID-card reader library &quot;%1&quot; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Qt plugin but not a OneWindow ID-card reader plugin (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::VendorSdkTransport</name>
    <message>
        <source>vendor SDK %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reader library could not open port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID-card reader is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reader library reported: %2</source>
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
<context>
    <name>ow::cli::FaceVaultCommand</name>
    <message>
        <source>usage: onewindow-cli face vault purge [--data-dir DIR]
       onewindow-cli face vault export --check ID --out DIR [--data-dir DIR] [--key FILE]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expired face image file(s) removed from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images of face check %1 are retained in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workstation database in %1 to audit the export in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be audited, nothing was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::vision::PageImageFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; at most %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image (JPEG, PNG, TIFF, BMP or WebP expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image is too large (%2 x %3 pixels; at most %4 megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before the image does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image is too small (%2 x %3 pixels; at least %4 x %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
