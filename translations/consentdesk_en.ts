<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n row loaded</numerusform>
            <numerusform>%n rows loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the log</source>
        <translation>
            <numerusform>%n row in the log</numerusform>
            <numerusform>%n rows in the log</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n row(s) checked. Head hash %1</source>
        <translation>
            <numerusform>The chain is intact: %n row checked. Head hash %1</numerusform>
            <numerusform>The chain is intact: %n rows checked. Head hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at row %1: %2. Rows from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginning of an action, e.g. consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row carries the hash of the row before it. Verify the chain to check that no row was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <comment>audit row number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>Updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor erasures (%1)</source>
        <comment>tab title; %1 is the number owed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor erasure is owed: every vendor confirmed each erasure with a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) owed by the vendors</source>
        <translation>
            <numerusform>%n erasure owed by the vendors</numerusform>
            <numerusform>%n erasures owed by the vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (a failed attempt, or waiting more than an hour)</source>
        <translation>
            <numerusform>%n overdue (a failed attempt, or waiting more than an hour)</numerusform>
            <numerusform>%n overdue (a failed attempt, or waiting more than an hour)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is retried automatically with back-off; nothing counts as erased without the vendor&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors counted in the last 24 hours: %1. Counts only: no face data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the vendor to change the camera&apos;s mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change camera mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling consented customers at the vendors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll consented customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer with a valid separate consent is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) enrolled.</source>
        <translation>
            <numerusform>%n customer enrolled.</numerusform>
            <numerusform>%n customers enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the vendors to erase and checking their receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 erasure(s) confirmed with a receipt; %3 still owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading visitor counts from the vendors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor counts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look but not change: camera modes, signs, enrolment and erasures are managed by the privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cameras and signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;ndors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each camera may do. A camera may recognise faces only where a sign is posted, and only customers who gave separate consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a privacy officer can change camera modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vendors again now, without waiting for the back-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a privacy officer can retry erasures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring the sign and telling the vendors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>v%1</source>
        <comment>notice version number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate consent given for sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian consented for a child under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice or purpose changed: ask for consent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>column: consent record number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <comment>column: subject pseudonym</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>column: notice version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <comment>column: how consent was given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate</source>
        <comment>column: separate consent for face data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>column: consent needs renewal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <comment>column: time consent was given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>All purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) loaded, all shown.</source>
        <translation>
            <numerusform>%n consent loaded, all shown.</numerusform>
            <numerusform>%n consents loaded, all shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) loaded; scroll down for more.</source>
        <translation>
            <numerusform>%n consent loaded; scroll down for more.</numerusform>
            <numerusform>%n consents loaded; scroll down for more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a customer&apos;s consent (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the customer withdraws the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer&apos;s full record (the view is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID, exact phone number, or start of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Creating the demo store with made-up customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store. Accounts (user / passphrase): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk: consent records for camera analytics (PIPL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store with made-up data (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consentdesk: unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the demo cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cameras could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCameras</name>
    <message>
        <source>The simulated camera vendor did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceModeDialog</name>
    <message>
        <source>Change camera mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &lt;b&gt;%1&lt;/b&gt; (%2) in zone &lt;b&gt;%3&lt;/b&gt;. Now: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera collects nothing for analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts visitors per zone and hour. No face image or face template is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises only customers enrolled with separate consent to face recognition; everyone else is only counted. Needs a posted sign in the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the change (goes into the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sign posted at the entrance on 1 June; purpose approved in the PIIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zone has no current sign record. Face recognition will be refused until the posted sign is recorded with a photo (tab Cameras and signs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Off</source>
        <comment>camera mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only</source>
        <comment>camera mode: counts visitors, keeps no face data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify consented</source>
        <comment>camera mode: recognises only customers who gave separate consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <comment>camera zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <comment>camera mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceConsentStep</name>
    <message>
        <source>Separate consent for face data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face data is sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures of the customer&apos;s face taken by the store&apos;s cameras, and a face template: numbers computed from those pictures that let the cameras recognise the customer on a later visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and for how long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept for %n day(s), then deleted</source>
        <translation>
            <numerusform>kept for %n day, then deleted</numerusform>
            <numerusform>kept for %n days, then deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this consent, &quot;%1&quot; will not be registered. The other purposes are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer separately consents to the processing of their face data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate consent for sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is sensitive personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this consent is separate from the other purposes. Saying no changes nothing else. It can be withdrawn at any time, just as easily: at the counter, by phone or online, and the data is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer separately consents to the processing of this sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingCounterWidget</name>
    <message>
        <source>Only a privacy officer can change the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above %1 people: the facial-recognition measures require filing with the authority within 30 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 % of the filing threshold. At %1 people the facial-recognition measures require filing with the authority within 30 working days; prepare the filing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people (de-duplicated) whose face data, once held, requires filing with the authority. The facial-recognition measures set it at 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Face data held&lt;/b&gt; (facial-recognition measures, filing duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people (each counted once) whose face data a camera vendor holds: enrolled, or erasure not yet confirmed. Filing threshold: %1 (%2 % reached).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: name the store whose customers&apos; consent this console records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every consent record keeps the store it was given in. The code is a short identifier printed on exports, for example S001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the standard purposes with their first notices (you can edit them later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: the first user, who manages purposes, notices and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase opens the encrypted database. Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>The passphrase opens the encrypted database. Use at least %n character; a few unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>The passphrase opens the encrypted database. Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: the store is created. Keep this code safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardianStep</name>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the parent or guardian who gives consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 14 can be registered only with the consent of a parent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is under 14. A parent or other guardian must be present and consent on the child&apos;s behalf (PIPL Art. 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lation to the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian consents on the child&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyslotFile</name>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes &amp; notices</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase for each user who lost theirs on the Users page, then print a new recovery code there and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <comment>menu: the application</comment>
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
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <comment>verb: lock the console</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console now and wipe the key (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when &amp;idle after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status bar: user display name · role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console after this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk %1

Records customers&apos; consent for camera analytics under China&apos;s Personal Information Protection Law, in an encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Write the notice in Chinese and in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the notice for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published version can never be changed. Consents given under earlier versions will need to be renewed with this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text (what customers read first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice version %1 · fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must read the notice (or have it read to them) and agree before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this notice to the customer, or read it aloud. Consent is tied to this exact text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>language of the notice text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has read (or was read) this notice and agrees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>The code is a short id of lower-case letters, digits and dashes, e.g. &quot;face-recognition&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the legal basis, data categories, sensitivity, retention or validity is a change of purpose (PIPL Art. 14): every granted consent for it will need to be renewed. Changing only the names does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <comment>short identifier of a purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data c&amp;ategories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. face-image,phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive personal information (PIPL Art. 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs se&amp;parate consent (PIPL Art. 29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, with leading space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeStep</name>
    <message>
        <source>face data: separate consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>kept %n day</numerusform>
            <numerusform>kept %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purposes are set up yet. A privacy officer must add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one purpose the customer agrees to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each purpose the customer agrees to. Each purpose is a separate choice; the customer may agree to some and not others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent given by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice versions of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purpose has no notice yet. Publish one before registering consent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose says why personal data is processed. Customers consent to a purpose by reading one version of its notice; changing either means asking them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>short identifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n granted consent(s) for this purpose now need renewal.</source>
        <translation>
            <numerusform>%n granted consent for this purpose now needs renewal.</numerusform>
            <numerusform>%n granted consents for this purpose now need renewal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) now need renewal.</source>
        <translation>
            <numerusform>%n consent now needs renewal.</numerusform>
            <numerusform>%n consents now need renewal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents given under earlier versions now need renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose was added. Publish its first notice before registering consent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The purpose was saved. %n consent(s) now need renewal.</source>
        <translation>
            <numerusform>The purpose was saved. %n consent now needs renewal.</numerusform>
            <numerusform>The purpose was saved. %n consents now need renewal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purpose was saved. No consent needs renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? No new consent can be registered for it; existing records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new notice version is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This is the recovery code of this store. It is shown only this once.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print it or write it down now and keep it locked away, apart from this computer. If every passphrase is lost, it is the only way into the records. Anyone who holds it can open every record, so never keep it in a file or an e-mail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone holding it can open every record of the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterConsentDialog</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not register consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: record the consent now</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Review and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to register: the only purpose chosen needs separate consent, which the customer did not give. Go back to change the choice, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), consents on the child&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice v%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate consent for face data given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no separate consent for face data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details with the customer, then press Register. Nothing is saved before that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignRecordDialog</name>
    <message>
        <source>The photo is larger than %1 MB; take a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image this console can read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the posted sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a posted sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sign that tells customers in zone &lt;b&gt;%1&lt;/b&gt; about the cameras and face recognition (PIPL Art. 26). The photo is the evidence that it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it says, where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A3 sign &quot;Face recognition in use&quot; at the left entrance door, with the notice QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posted since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hoto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of the photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDetailsDialog</name>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the customer&apos;s full personal data. Opening this window was recorded in the audit log with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of this customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 14 when registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectStep</name>
    <message>
        <source>No customer found. Check the phone number, or register a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits, for example 138 0013 8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s age group, or enter the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the customer and choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new customer, or find one who is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xisting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as the customer gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: lets the customer be found again by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>age group not chosen yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a child under 14, a parent or guardian must give consent on the child&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID, phone number or start of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to unlock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <comment>recovery code placeholder; keep the pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use user name and passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <comment>verb: open the locked console</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a login name: letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user opens the store with their own passphrase. Removing a user removes their key as well; their past records keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user &quot;%1&quot;? Their passphrase will no longer open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was reset. Give it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code? The old code stops working at once; the new one is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorJobsModel</name>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the vendor still holds this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <comment>why the erasure is owed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorStatusWidget</name>
    <message>
        <source>Only a privacy officer can enroll customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin host is running for this vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused when checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each vendor plugin runs in its own process. A vendor that crashes or hangs is restarted; what it was asked to do is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <comment>vendor id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <comment>vendor process state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>customers enrolled at the vendor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll consented customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolls every customer with a valid separate consent to face recognition (and a guardian&apos;s, under 14) at every running vendor. Only a pseudonym leaves the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorChart</name>
    <message>
        <source>Visitors per hour, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>axis title: hour of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorCountsModel</name>
    <message>
        <source>Zone %1 of vendor %2</source>
        <comment>camera zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an hour&apos;s time range</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1, given %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn by:</source>
        <comment>channel through which the customer withdrew</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing for this purpose stops now, and the data kept for it will be deleted. The customer&apos;s other consents stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneSignsWidget</name>
    <message>
        <source>Only a privacy officer can record or retire signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign recorded: face recognition is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the sign record of zone %1? Do this when the sign was taken down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each zone needs a posted sign telling customers about the cameras before any camera in it may recognise faces (PIPL Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <comment>camera zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etire sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in this zone recognise faces now; they will fall back to counting only.</source>
        <translation>
            <numerusform>%n camera in this zone recognise faces now; they will fall back to counting only.</numerusform>
            <numerusform>%n cameras in this zone recognise faces now; they will fall back to counting only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not point at the hash of the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CameraRegistry</name>
    <message>
        <source>There is no camera vendor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the sign says and where it is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo of the posted sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign record was not found or is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown camera mode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: its zone has no current sign record telling customers about it (PIPL Art. 26). Record the posted sign with a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: no purpose asks for separate consent to face data (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not given separate consent to face recognition (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is under 14 and no guardian has consented (PIPL Art. 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s consent to face recognition must be renewed under the current notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor erasure was already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ConsentService</name>
    <message>
        <source>Choose at least one purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is selected for this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is under 14: a parent or guardian must consent on the child&apos;s behalf, with the guardian&apos;s name and relation recorded (PIPL Art. 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice shown for &quot;%1&quot; is not the current version (%2). Show the current notice and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; processes face data: the customer must give separate consent for it (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent %1 is not in force (%2); there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::KeyslotFile</name>
    <message>
        <source>The keyslot file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyslot file (%1) is damaged or was altered. Nobody can unlock with it; restore it from a backup or use the recovery code with a good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyslot file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyslot file has a version this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyslot file was altered outside ConsentDesk. It was not used; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PurposeService</name>
    <message>
        <source>The purpose was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose needs a code and a name in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose needs a legal basis and data categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face data is sensitive personal information: the purpose must be marked sensitive and require separate consent (PIPL Art. 28, 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate consent is for sensitive personal information: mark the purpose sensitive as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose with the code %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice needs its text in Chinese and in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose has no notice in effect; publish one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>Under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <comment>consent status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>consent status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>consent status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Role</name>
    <message>
        <source>Store staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Session</name>
    <message>
        <source>The console is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Store</name>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ConsentDesk database, or it is damaged, or it does not belong to this keyslot file. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: a page failed its integrity check. The file has not been changed; keep a copy and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another process. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with a record that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at that path; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it is not a ConsentDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is truncated or damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a required setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a ConsentDesk database. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of ConsentDesk. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the change failed, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::StoreService</name>
    <message>
        <source>A store needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store with the code %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SubjectService</name>
    <message>
        <source>Enter the customer&apos;s name (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold only digits (5 to 20) and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::UserService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is or was in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last privacy officer cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Vault</name>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store name, store code and officer name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyslot file belongs to another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VendorHost</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (plugin not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor plugin did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot open a local socket for the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin host program cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor sent a reply that is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor is not available now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin was refused by its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s host process stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VendorManager</name>
    <message>
        <source>The camera vendor %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s reply to %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the change of mode; it goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of vendor job is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s receipt does not account for everything it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor still holds data about the subject after erasing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ArgsText</name>
    <message>
        <source>Run &quot;%1&quot; to see the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not take a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::CameraCommands</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera-vendor plugins were found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose face data a vendor holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the camera as VENDOR/DEVICE, e.g. simvendor/cam-entrance-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 is now in mode %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --zone VENDOR/ZONE, --description TEXT and --photo FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign record %1 added for zone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no zone %1; run &quot;camera list&quot; once so the console learns the vendor&apos;s zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the customer with --subject PSEUDONYM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures confirmed with a receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending (retried with back-off):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the camera-vendor plugins found and whether their metadata is valid. No plugin code runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every valid plugin in its own host process and check that it answers. Exit code 1 when any plugin is refused or does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cameras of every vendor with their zone, mode and whether a sign is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what a camera may do. identify-consented needs a current sign record for the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; recorded in the audit log. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sign posted at a zone, with a photo of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone, e.g. simvendor/entrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sign says and where it hangs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the posted sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll, at every running vendor, the customers whose separate consent to face recognition is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a customer&apos;s data at the vendors now and record the receipts in the deletion log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s id (S-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this vendor (default: every vendor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the timed jobs: expire consents whose time is up, carry out the vendor erasures that are owed, and list what is still pending. For a timer (resources/systemd). Exit code 1 while any erasure is pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ConsentCommands</name>
    <message>
        <source>Name at least one purpose with --purpose CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use counter_tablet, paper_form or kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for subject %1. Consent ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use counter, phone, online or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent %1 was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use granted, withdrawn, expired or superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --subject PSEUDONYM or --name and --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date and --age-band describe a new subject; they do not go with --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new subject needs both --name and --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --birth-date or --age-band, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-band must be under14, 14to17 or adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian needs both --guardian-name and --guardian-relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(renewal due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>notice version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents shown: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--subject PSEUDONYM | --name N --phone P [--birth-date YYYY-MM-DD | --age-band BAND]) --purpose CODE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a customer&apos;s consent to one or more purposes, each under the purpose&apos;s current notice version. Prints the new consent ids and the subject&apos;s pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer under 14 needs a guardian&apos;s consent (PIPL Art. 31); a purpose that needs separate consent (face data, Art. 29) needs --separate-consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing subject, e.g. S-ABCDEFGHJKLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new subject&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new subject&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new subject&apos;s birth date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a birth date: under14, 14to17 or adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose the customer consents to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter_tablet (default), paper_form or kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gave the separate, explicit consent that sensitive data needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s name (customers under 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s relation, e.g. parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--channel CHANNEL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a consent. Withdrawing is as easy as consenting: one command, no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer asked: counter (default), phone, online or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List consents, newest first. Names and phone numbers are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted, withdrawn, expired or superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only consents to this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudonym, an exact phone number or the start of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N consents (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Context</name>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE. Without it the passphrase is read from standard input when that is not a terminal, else asked for without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to N milliseconds for another process&apos;s lock (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result as one JSON document on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write diagnostic log lines (never personal data) to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ConsentDesk database at %1. Create one with &quot;init&quot; or &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::InitCommands</name>
    <message>
        <source>Write the recovery code down now and keep it somewhere safe, away from this computer. It is shown only this once. With it a privacy officer can get in when every passphrase is lost; without it, nobody can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first privacy officer with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store database %1 with privacy officer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo store %1. Synthetic customers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo users&apos; passphrases are listed in the README. Every name and phone number in the demo store is made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty store database and its keyslot file. --user names the first privacy officer; their passphrase is read like any passphrase (--passphrase-file, standard input, or asked twice). The recovery code is printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s name (default: the store code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s short code (default S001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--subjects N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo store filled with made-up customers and consents, for trying the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic customers (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::LedgerCommands</name>
    <message>
        <source>The audit log is intact. Entries checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered. First broken entry: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log verification failed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain from the first entry to the last. Exit code 0: intact; 1: altered, and the first broken entry is named (&quot;seq N&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::MainText</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk without a window: register and withdraw consents, manage purposes and users, and check the audit log of an encrypted store database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0 done
  1 failed (the reason is on standard error)
  2 wrong usage
  3 wrong passphrase or unknown user
  4 the database is damaged or not a ConsentDesk database (it is never changed)
  5 the database is busy: another process holds its lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for a subcommand&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::OutputText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::PurposeCommands</name>
    <message>
        <source>The notice file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added purpose &quot;%1&quot; with notice version %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive</source>
        <comment>purpose flag: sensitive personal information</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate consent</source>
        <comment>purpose flag: needs its own explicit consent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>purpose flag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no notice version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>notice version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code C --name-zh Z --name-en E --basis B --categories C --retention-days N --notice-zh-file F --notice-en-file F [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a processing purpose together with its first notice version (the texts customers are shown, in Chinese and English). Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice files are UTF-8 text. The notice&apos;s SHA-256 is printed: every consent given under it records that hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stable short id, e.g. face-recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose&apos;s name in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose&apos;s name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis, e.g. consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories, comma-separated, e.g. face,visit-history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the data may be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is sensitive personal information (PIPL Art. 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent must be given separately for this purpose (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice text in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice text in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the purposes with their current notice versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include inactive purposes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::UserCommands</name>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role staff|officer|auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use staff, officer or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user &quot;%1&quot;. Their passphrase no longer opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else the next line of standard input, else asked twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --role staff|officer|auditor [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user with a role and a passphrase of their own (a new keyslot). Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff, officer or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the console (default: NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a user: their keyslot is deleted and they can no longer sign in. Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a passphrase: your own, or with NAME another user&apos;s (privacy officers only). Your own needs the current passphrase to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the active users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
