<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementsTab</name>
    <message>
        <source>The contract with each camera vendor that processes faces for the store: what it may do, for how long, and where the faces are processed. A camera recognises faces only while its vendor&apos;s agreement is valid and names the place its plugin declares (PIPL Art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record vendor agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agreement as the signed contract says; a field the contract leaves open may stay empty, and the console then names what it lacks. To record a new version, select the vendor&apos;s agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor id (as its plugin declares):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number or title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end, the data is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors (&quot;none&quot; if none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where faces are processed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the scanned contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>What each camera may do. A camera may be on, even only counting, only where a sign is posted, and recognise only customers who gave separate consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphrase</name>
    <message>
        <source>The console is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
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
    <name>DashboardCharts</name>
    <message>
        <source>Withdrawal</source>
        <comment>deletion reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <comment>deletion reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <comment>deletion reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <comment>deletion reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>deletion reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a month on a chart (Qt)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of a day on a chart (Qt)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents given, by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents by purpose and status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals, by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests by working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion-log entries per day, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visitors per zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months; figures as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face data held by vendors: %1 people of the filing threshold of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was answered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered on time: %1 % (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due now, %3 more this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: nothing falls due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers: never verified. Verify them on the Audit log page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers intact at the last verification (%1 by %2); %3 entries written since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers BROKEN at the last verification (%1 by %2); see the Audit log page. %3 entries written since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open compliance items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the figures again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open compliance items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionLogModel</name>
    <message>
        <source>Data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s personal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face data at the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed requests&apos; details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several (see the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a console job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of what was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(local, no receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <comment>deletion-log row number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer or records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionLogPage</name>
    <message>
        <source>Deletion log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n entry loaded, more as you scroll</numerusform>
            <numerusform>%n entries loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
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
        <source>Not offered: this camera&apos;s vendor declares that it cannot identify anyone (it only counts people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts visitors per zone and hour. No face image or face template is kept. Needs a posted sign in the zone: counting still captures people (PIPL Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zone has no current sign record. Counting and face recognition will be refused until the posted sign is recorded with a photo (tab Cameras and signs).</source>
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
    <name>ExportEvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>the last day of the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;full records (names and phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package will hold customers&apos; names and phone numbers in full. Give it only to someone entitled to them, and keep it as you keep the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a last day on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was saved as %1 (%2 files, %3).
To verify it: consentdesk-cli verify-evidence &quot;%1&quot;; or, without this program, unzip it and run sha256sum -c SHA256SUMS and openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
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
    <name>FilingTab</name>
    <message>
        <source>&amp;Record filing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold reached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the store holds face data about %1 people (each counted once), the day is recorded here and the filing is due within 30 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing made with the authority, as its receipt shows. The banner goes once it is recorded; a recorded filing cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the authority&apos;s receipt</source>
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
    <name>IdleLock</name>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console after this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>A leak, tampering or loss of personal information is recorded here with the measures taken. The authority and the people affected are notified; the people may be left un-notified only where the measures effectively avoid harm, and the reason is recorded (PIPL Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;not notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what is known now; the facts can be corrected while the incident is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened at (best estimate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedial measures taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and which authority was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the people affected were notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures effectively avoid harm to the people affected, so that they need not be notified (PIPL Art. 57). The authority may still require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected incident? A closed incident is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerVerifyBar</name>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 is intact: %n row(s) checked. Head hash %2</source>
        <translation>
            <numerusform>The %1 is intact: %n row checked. Head hash %2</numerusform>
            <numerusform>The %1 is intact: %n rows checked. Head hash %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is broken at row %2: %3. Rows from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit log and the deletion log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row carries the hash of the row before it. Verify the chains to check that no row of either ledger was changed or removed.</source>
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
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
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
    <message>
        <source>What the notice states (each is required; PIPL Art. 17, 30)</source>
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
    <name>OpenItemsList</name>
    <message>
        <source>Opens the page where this is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PiiaTab</name>
    <message>
        <source>An impact assessment is needed before a sensitive purpose is activated and before a camera zone recognises faces. A version counts once an officer approves it, until its review date; it is kept at least three years (PIPL Art. 55-56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>New impact assessment version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what PIPL Art. 56 asks. To revise an assessment, select it first: the form starts from it and saves the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose (its code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera zone (vendor/zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose code or vendor/zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are purpose and method lawful, legitimate and necessary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on people&apos;s rights, and the security risks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the protective measures lawful, effective and proportionate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the report or minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected assessment version as the officer responsible, dated today? An approved version can never be changed.</source>
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
    <name>RecordForm</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>The records could not be read: %1</source>
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
    <name>RequestActionDialog</name>
    <message>
        <source>(the reason you write above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the person asking prove who they are? Face recognition is never accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must give its reasons (PIPL Art. 50). The customer receives the letter below, which also names their right to complain and to sue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline can be extended once, by working days, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling closes the request without an answer (e.g. a duplicate or withdrawn by the customer). Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause while waiting for the customer: the deadline stops until the request resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the officer who handles this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>&lt;b&gt;Request %1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not matched yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1; due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s): %1</source>
        <translation>
            <numerusform>extended by %n day: %1</numerusform>
            <numerusform>extended by %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity verified by %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (every step, who and when):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal letter sent to the customer (Art. 50):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fulfil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFulfilDialog</name>
    <message>
        <source>Save the customer&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s JSON and CSV copies are written beside the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilling request %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is fulfilled and completed. Written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request %1 is awaiting vendors: %n vendor erasure(s) still need a receipt. It completes by itself once they are in; fulfil it again then for the letter.</source>
        <translation>
            <numerusform>Request %1 is awaiting vendors: %n vendor erasure still need a receipt. It completes by itself once they are in; fulfil it again then for the letter.</numerusform>
            <numerusform>Request %1 is awaiting vendors: %n vendor erasures still need a receipt. It completes by itself once they are in; fulfil it again then for the letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfil request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the customer&apos;s package (what is held, why, how long, at which vendor) as a PDF letter, with JSON and CSV copies beside it, then completes the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the fields given (the others stay), writes the letter and completes the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws every consent, erases the customer&apos;s personal fields here and asks every vendor to erase theirs. The request completes when every vendor&apos;s receipt is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done; the letter states it and the request completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;name to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;phone to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (&amp;PDF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fulfil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
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
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not registered or not found: take contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request waits in &quot;needs identity&quot; until someone verifies who asks.</source>
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
        <source>&amp;What is asked:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown because it is overdue: overdue requests are listed whatever the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <comment>request number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue, listed first and always shown, whatever the filter.</source>
        <translation>
            <numerusform>%n request overdue, listed first and always shown, whatever the filter.</numerusform>
            <numerusform>%n requests overdue, listed first and always shown, whatever the filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>* Estimated deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n request shown</numerusform>
            <numerusform>%n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the queue for this filter</source>
        <translation>
            <numerusform>%n in the queue for this filter</numerusform>
            <numerusform>%n in the queue for this filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a data-subject request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;closed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left are working days (China&apos;s holiday calendar). Red: overdue · orange: 3 days or fewer · yellow: 7 days or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>from each purpose&apos;s retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after closing</source>
        <translation>
            <numerusform>%n day after closing</numerusform>
            <numerusform>%n days after closing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of grace</source>
        <translation>
            <numerusform>%n day of grace</numerusform>
            <numerusform>%n days of grace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) expired</source>
        <translation>
            <numerusform>%n consent expired</numerusform>
            <numerusform>%n consents expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n vendor job(s) queued)</source>
        <translation>
            <numerusform>(%n vendor job queued)</numerusform>
            <numerusform>(%n vendor jobs queued)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swept from this console: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sweep from this console failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deletion by a retention sweep: %1 — %2 (%3), entry %4 of the deletion log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention sweep has deleted anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due now.</source>
        <translation>
            <numerusform>%n item due now.</numerusform>
            <numerusform>%n items due now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeps are run by an officer or the timed jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeping: deleting what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is due, nothing to sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run found: %1.

Sweep now? Everything listed is deleted and written to the deletion log; vendors are asked to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: how long each kind of personal data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due when (soonest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor purges and erasures still without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sweep now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run first shows what would be deleted; then you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionScheduleModel</name>
    <message>
        <source>waiting for the vendor&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now: the next sweep deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
    <name>SubjectPicker</name>
    <message>
        <source>No customer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found: choose one.</source>
        <translation>
            <numerusform>%n customer found: choose one.</numerusform>
            <numerusform>%n customers found: choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number, pseudonym or the beginning of the name</source>
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
        <source>Reset passphrase</source>
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
    <message>
        <source>Remove the user &quot;%1&quot;? The store gets a new key, so their passphrase will no longer open it, not even with an old copy of the keyslot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was reset and the store has a new key: the old passphrase no longer opens it. Give the new one to them in person.</source>
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
    <message>
        <source>%1: %2</source>
        <comment>vendor id: containment of its host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containment of the plugin hosts:</source>
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
    <message>
        <source>Not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <comment>occupancy of a vendor that cannot tell it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vendor does not report how many people are in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor could not tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is counting in this zone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in view now, as the vendor counts them; not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in this zone are on now; unless another current sign covers the zone, they will be switched off.</source>
        <translation>
            <numerusform>%n camera in this zone is on now; unless another current sign covers the zone, it will be switched off.</numerusform>
            <numerusform>%n cameras in this zone are on now; unless another current sign covers the zone, they will be switched off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each zone needs a posted sign telling customers about the cameras before any camera in it may count or recognise people (PIPL Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in view in the zone now, from vendors that count them. Live only: not stored.</source>
        <translation type="unfinished"></translation>
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
    <name>cd::CameraCounts</name>
    <message>
        <source>The threshold must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facial-recognition measures require filing at %1 people; the threshold cannot be higher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CameraInventory</name>
    <message>
        <source>There is no camera vendor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CameraSigns</name>
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
        <source>Camera %1 cannot recognise faces: its zone has no current sign record telling customers about it (PIPL Art. 26). Record the posted sign with a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: no purpose asks for separate consent to face data (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot count people: its zone has no current sign record telling customers that a camera is there (PIPL Art. 26). Record the posted sign with a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Checkpoints</name>
    <message>
        <source>The checkpoint file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the checkpoint file %2 cannot be trusted: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the line before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key is not one the store identity certified to an officer or the timed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows up to %1 are gone: the checkpoint of %2 recorded them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows up to %1 were rewritten: they differ from the checkpoint of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not extend the last checkpoint: %2. The database is open read-only; restore it from a backup and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in holds no signing key, so it cannot write a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Compliance</name>
    <message>
        <source>not declared</source>
        <comment>where face data is processed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the camera</source>
        <comment>where face data is processed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a store server</source>
        <comment>where face data is processed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a cloud</source>
        <comment>where face data is processed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion or return at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no impact assessment (PIIA) for %1 (PIPL Art. 55).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact assessment (PIIA) for %1 is not approved by a privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact assessment (PIIA) for %1 was due for review on %2; review it and approve a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entrusted-processing agreement with vendor %1 (PIPL Art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with vendor %1 does not state: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with vendor %1 is in force only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with vendor %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin of vendor %1 does not declare where it processes face data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with vendor %1 says face data is processed %2, but its plugin declares %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ComplianceGate</name>
    <message>
        <source>The sensitive purpose %1 cannot be active yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers cannot be enrolled at vendor %1 yet:</source>
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
    <name>cd::DashboardQueries</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-2 days</source>
        <comment>working days left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-5 days</source>
        <comment>working days left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-10 days</source>
        <comment>working days left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11+ days</source>
        <comment>working days left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Enrollments</name>
    <message>
        <source>The customer is under 14 and no guardian has consented (PIPL Art. 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s consent to face recognition must be renewed under the current notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not given separate consent to face recognition (PIPL Art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FilingService</name>
    <message>
        <source>Name the authority the filing was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the filing&apos;s reference number from the authority&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the filing was made; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crossing of the filing threshold is waiting for a filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing day is long before the threshold was reached on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing has no document attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left to file with the authority</source>
        <translation>
            <numerusform>%n working day left to file with the authority</numerusform>
            <numerusform>%n working days left to file with the authority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filing is %n working day(s) overdue</source>
        <translation>
            <numerusform>The filing is %n working day overdue</numerusform>
            <numerusform>The filing is %n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The face-data filing threshold (%1 people) was reached on %2. %3: the deadline is %4. Record the filing on the Compliance page once it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Counted Monday to Friday for a year the holiday calendar does not cover.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::FulfilmentService</name>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not matched to a customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity before fulfilling request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to correct: the name, the phone or the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::IncidentService</name>
    <message>
        <source>Give the incident a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the categories of personal information involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the remedial measures taken (PIPL Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be found or happen in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be found before it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is closed; a closed incident is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give when the notification was made; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the people affected are not notified: which measures effectively avoid harm to them (PIPL Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 cannot be closed: record when the authority was notified (PIPL Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 cannot be closed: record when the people affected were notified, or why they need not be (PIPL Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people affected by incident %1 were already notified.</source>
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
    <message>
        <source>A change of keys is unfinished. Sign in again to finish it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keyslot(s) still use the old format and cannot be re-sealed without their passphrase. Each of these users signs in once (or renew the recovery code), then try again.</source>
        <translation>
            <numerusform>%n keyslot still uses the old format and cannot be re-sealed without their passphrase. Each of these users signs in once (or renew the recovery code), then try again.</numerusform>
            <numerusform>%n keyslots still use the old format and cannot be re-sealed without their passphrase. Each of these users signs in once (or renew the recovery code), then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LedgerHeads</name>
    <message>
        <source>the signed head %1 does not follow the head before it: a head was removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1 is signed with a key the store identity did not certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation of %1&apos;s key was forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1 names another user than the key it is signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1 is signed with %2&apos;s key after it was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of head %1 (%2, %3) does not match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1 goes back to row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows up to %1 are missing: head %2, signed by %3 at %4, vouched for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 to %2 were rewritten: they no longer match head %3, signed by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 and the rows after it are not covered by any signed head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 names user #%2 but its commit is signed by user #%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::LedgerSeal</name>
    <message>
        <source>Only an officer whose keyslot holds the store identity can sign an evidence package. Sign in again, or ask another officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledgers cannot be vouched for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not verify (%2), so no package can vouch for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Ledgers</name>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own signing key is not among the store&apos;s keys: the keys in this database were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store identity in this database is not the one your keyslot holds: it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::NoticeChecklist</name>
    <message>
        <source>Handler&apos;s name (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler&apos;s contact (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes of processing (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods of processing (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal information (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to exercise the rights of the individual (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why processing the sensitive data is necessary (Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact on the individual&apos;s rights and interests (Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::OpenDsrImport</name>
    <message>
        <source>The OpenDSR file is refused at byte %1 (line %2, column %3): %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array holds no requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one request object or an array of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 repeats the subject_request_id of request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;subject_identities&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity needs identity_type, identity_value and identity_format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identity_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity_format must be raw, sha1, md5 or sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone_number may hold only digits (5 to 20) and a leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 gives two different phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must have 1 to 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 gives two different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 has no raw phone_number identity: the store matches and reaches requesters by phone only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is %2, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject_request_id must be a lowercase version 4 UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject_request_type (accepted: access, portability, erasure, rectification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted_time must be an RFC 3339 date and time with an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation must be gdpr, ccpa or pipl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only api_version 2.x is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is %2 already: a closed request is not taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request_status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status callback URL must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 carries more than %2 bytes of other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of the OpenDSR file (byte %2, line %3, column %4) is refused: %5. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted_time lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its subject_request_id was imported before, as request no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer with this phone already has an open %1 request (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier request in the file is of the same type for the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has this phone on record, and there is no name identity to record who asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDSR request %1 (%2, %3), submitted %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::OpenItems</name>
    <message>
        <source>The agreement with vendor %1 ends on %2: record its renewal before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement with vendor %1 ended on %2: record the new agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera zone %1 has a camera switched on but no sign record (PIPL Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing threshold was crossed on %1; the filing is due by %2 and not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incident &quot;%1&quot;, found on %2, is still open: record the notifications and close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PiiaService</name>
    <message>
        <source>Name the purpose the assessment is about by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the camera zone as vendor/zone, e.g. simvendor/entrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the purpose and method are lawful, legitimate and necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the impact on individuals&apos; rights and interests and the security risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the protective measures are lawful, effective and proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment must state %1 (PIPL Art. 56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a review date that has not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment must be kept until %1 at least: three years after its review date (PIPL Art. 56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this assessment was approved on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its review date %1 has passed: write a new version with a new review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no impact assessment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
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
    <message>
        <source>The notice does not state: %1. A notice must tell the customer each of these before their data is processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
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
    <name>cd::RegistrationService</name>
    <message>
        <source>Choose at least one purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every purpose chosen processes face data and the customer did not give separate consent to it (PIPL Art. 29): there is nothing to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Rekey</name>
    <message>
        <source>Nothing was changed: another console or command has the database open, and the database key can only be changed while it is open here alone. Close the others and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the new key for every remaining keyslot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was saved, but the database key could not be changed: %1 A copy of the keyslot file from before the change still opens the database until the key is changed; try again when nothing else has the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the keyslot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RequestFulfiller</name>
    <message>
        <source>Asking %1 what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was completed without a response letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting what the store holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the customer&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note what was done for this request; it goes into the response letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the customer&apos;s personal data in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing at the camera vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because the console was locked; fulfil the request again to send the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RequestRules</name>
    <message>
        <source>The request is %1 and closed: it cannot be changed (&quot;%2&quot; refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed while the request is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is paused, waiting on the customer: resume it before &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face recognition is never accepted to verify identity. Check an ID document at the counter, a code sent to the phone on record, or the member account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction or supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction or objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the processing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>await vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document seen at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code sent to the phone on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face recognition (never accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request no. %1 (%2) has been refused.

Reason: %3

Under Article 50 of the Personal Information Protection Law, you have the right to file a complaint with the department that performs personal information protection duties, and the right to bring a lawsuit in a people&apos;s court.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RequestService</name>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that is not matched to a customer needs the requester&apos;s name and a phone number to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold only digits (5 to 20) and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name (100 characters) or the details (%1 characters) are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an open %1 request (no. %2): continue that one instead of taking a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the customer this request turned out to be from: it is not matched to a customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already matched to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an open %1 request (no. %2): cancel this one as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs a written reason (PIPL Art. 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is cancelled (for example, the customer withdrew it, or it duplicates another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline was already extended once; it cannot be extended again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is from 1 to %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are assigned to an active privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not awaiting vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of working days must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ResponseLetter</name>
    <message>
        <source>access to your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer of your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction of your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of your information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal of your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an explanation of our rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to your request no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for %1 on %2. Your customer reference: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We completed your request on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents withdrawn (kept only as proof of what you agreed to): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, phone number and birth date were erased from our records. Every camera vendor that held your face data erased it and gave us a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased (counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we keep, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your customer reference, which purposes you consented to, under which notice text and when, and this record of the deletion: the law requires us to be able to prove them (PIPL Art. 47).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We gave you a letter and JSON and CSV copies of what we hold about you: your personal details, %1 consent records and what %2 camera vendors reported holding.</source>
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
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information was already as you asked; nothing had to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We corrected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal information held by our store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In answer to your request no. %1 (PIPL Art. 44 and 45), this letter sets out what we hold about you, why, since when, for how long and with whom it was shared. A machine-readable copy is enclosed as JSON and CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1. Your customer reference: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal details were erased on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we hold it and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the consent lasts, then %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have given no consent to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera analytics vendors process face data for us as entrusted processors (Art. 21). They know you only by your customer reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the vendor reported holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer; we will ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information was not shared with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask us to correct (Art. 46) or delete (Art. 47) your information, withdraw a consent at any time (Art. 15), or explain our rules (Art. 48).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Retention</name>
    <message>
        <source>Customer&apos;s personal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor face captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment awaiting renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased when the last consent has ended (withdrawn or expired) plus the longest retention period of the purposes consented to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures older than the longest retention period of the face purposes are purged at each vendor, once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, contact, letters and notes are erased the set number of days after the request closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment ends and the vendors erase the face data when a consent needing renewal is not renewed within the grace period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RetentionService</name>
    <message>
        <source>Keep closed requests 1 to 3650 days and allow 0 to 365 days for renewing a consent.</source>
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
    <message>
        <source>Timed jobs</source>
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
    <name>cd::SigningSetup</name>
    <message>
        <source>The store identity in this database is not the one your keyslot holds: the database was replaced or its records were rewritten. It is open read-only.</source>
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
    <message>
        <source>The database key cannot be changed inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes can be rebuilt only inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
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
    <name>cd::SubjectErasure</name>
    <message>
        <source>The customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 still has %n granted consent(s): withdraw them before erasing the personal data.</source>
        <translation>
            <numerusform>Customer %1 still has %n granted consent: withdraw them before erasing the personal data.</numerusform>
            <numerusform>Customer %1 still has %n granted consents: withdraw them before erasing the personal data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) of these customers are still granted: withdraw them before erasing.</source>
        <translation>
            <numerusform>%n consent of these customers is still granted: withdraw them before erasing.</numerusform>
            <numerusform>%n consents of these customers are still granted: withdraw them before erasing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is reading the database; the erased data leaves the write-ahead log at the next checkpoint.</source>
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
    <message>
        <source>Customer %1 was erased; there is nothing left to correct.</source>
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
    <name>cd::VendorAgreementService</name>
    <message>
        <source>Name the vendor by the id its plugin declares, e.g. simvendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no document attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VendorErasures</name>
    <message>
        <source>The vendor erasure was already recorded.</source>
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
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file sandbox (Landlock ABI %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file sandbox (the kernel offers no Landlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory not readable by the user&apos;s other processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no core dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inherited descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin was refused: it said hello as vendor &quot;%1&quot;, but its file&apos;s checked metadata names &quot;%2&quot;.</source>
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
        <source>The vendor&apos;s receipt does not account for everything it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor still holds data about the subject after erasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor still holds captures older than the purge date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because the console was locked; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: its vendor %2 declares that it cannot identify anyone (it only counts people). Use count-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VendorSettings</name>
    <message>
        <source>The settings are %1 bytes; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings must be one JSON object, {…}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a vendor code (lower-case letters, digits, “.”, “_” and “-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sourcePaths” must be a list of absolute paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sourcePaths” names %1 paths; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sourcePaths”: “%1” is not an absolute path without “.” or “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sourcePaths”: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sourcePaths”: %1 is a folder; name the video file or the camera device itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera “%1” reads %2, which “sourcePaths” does not list: the plugin host&apos;s file sandbox would not let it open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::VendorWorker</name>
    <message>
        <source>Cancelled because the console was locked; it is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::WorkingCalendar</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be a number such as 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or a range &quot;FIRST .. LAST&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (year, source, off, work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names no year (&quot;year: 2027&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is named for %1 but covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names no source (&quot;source: …&quot;, the notice the dates come from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday were counted as working days, so the deadline may be earlier than the true one. Add the year&apos;s calendar file to make it exact.</source>
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
        <source>Containment</source>
        <comment>of a vendor plugin host process</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown camera mode %1: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor jobs confirmed with a receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what a camera may do. %1 needs a current sign record for the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the timed jobs: the retention sweep (expire consents whose time is up, erase what is due, queue the vendors&apos; purges and erasures), then carry out every vendor job owed, and list what is still pending. For the timer (resources/systemd), as the jobs role. Exit code 1 while any vendor job is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings are stored for vendor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin of vendor %1 is installed (see &quot;plugins list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin of vendor %1 refuses these settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of vendor %1 were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of vendor %1 were stored; its plugin accepted them. They take effect when the console next starts the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings stored for a vendor&apos;s plugin (its cameras, streams or video files), or store new ones from a JSON file (docs/edgecount.md for the counting plugin&apos;s). New settings are checked, tried in the vendor&apos;s plugin host and stored only when the plugin accepts them; audited. {} removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new settings, one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::ComplianceCommands</name>
    <message>
        <source>--%1 must be a date such as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --purpose CODE or --zone VENDOR/ZONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded version %1 of the impact assessment for %2 (id %3); a privacy officer approves it with &quot;piia approve %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessment&apos;s id, as &quot;piia list&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version %1 of the impact assessment for %2 on %3; review by %4, keep until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <comment>impact assessment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <comment>impact assessment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue</source>
        <comment>impact assessment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>what a PIIA is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <comment>what a PIIA is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact assessment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-of-term is delete or return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--location is on-device, store-server or cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded version %1 of the agreement with vendor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet in force</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>agreement status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor agreement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose CODE | --zone VENDOR/ZONE --title T --legality T --impact T --measures T --review-on DATE [--keep-until DATE] [--attach FILE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version of a personal-information impact assessment (PIPL Art. 55-56) for a purpose or a camera zone. Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive purpose is activated, and a camera set to recognise faces, only with an approved assessment whose review date has not passed. It is kept at least three years after its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose assessed, by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDOR/ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera zone assessed, e.g. simvendor/entrance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the purpose and method are lawful, legitimate and necessary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact on individuals&apos; rights and interests, and the security risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the protective measures are lawful, effective and proportionate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the assessment is to be reviewed (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until (default: three years after the review date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to keep with it, encrypted in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an impact assessment version, dated today. Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every impact assessment version with its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vendor CODE [--reference T] [--purpose T] [--method T] [--categories T] [--protection T] [--end-of-term delete|return] [--sub-processors T] [--location WHERE] [--from DATE] [--until DATE] [--document FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new version of the entrusted-processing agreement with a camera vendor (PIPL Art. 21). Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the contract as it is. Recognition stays refused while the agreement lacks a field, is not in force, or names a processing location other than the one the vendor&apos;s plugin declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s id, as its plugin declares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s number or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the entrusted processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method of processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete or return the data at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else processes the data (&quot;none&quot; if nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where face data is processed: on-device, store-server or cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the agreement (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the agreement (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed contract, kept encrypted in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vendor agreements in force or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version, not only the newest.</source>
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
    <message>
        <source>Not registered, no separate consent given (use --separate-consent): %1</source>
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
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::EvidenceCommands</name>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from DATE --to DATE --out FILE.zip [--lang zh_CN|en] [--full-records]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the evidence package for a period: report.pdf, the records as CSV files, the notices in force, the ledgers and their signed heads, SHA256SUMS signed with the store identity and its public key. Officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and phone numbers are masked and customers named by pseudonym unless --full-records is given. Anyone can check the package without the store: sha256sum -c SHA256SUMS, and openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig (docs/evidence.md). Ctrl+C cancels and leaves no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD), included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s and the CSV headers&apos; language: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full names and phone numbers instead of masks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs the package&apos;s file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence package written: %1 (%n file(s), %2 bytes).</source>
        <translation>
            <numerusform>Evidence package written: %1 (%n file, %2 bytes).</numerusform>
            <numerusform>Evidence package written: %1 (%n files, %2 bytes).</numerusform>
        </translation>
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
        <source>The %1 is intact. Entries checked: %2. Head hash: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has been altered. First broken entry: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger verification failed: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chains of the audit log and the deletion log from the first entry to the last. Exit code 0: both intact; 1: altered, and the ledger and its first broken entry are named (&quot;audit seq N&quot;, &quot;deletion seq N&quot;).</source>
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
    <message>
        <source>The notice items file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice items file %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a notice item with a text value; the items are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code C --name-zh Z --name-en E --basis B --categories C --retention-days N --notice-zh-file F --notice-en-file F --notice-items-file F [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the notice states, item by item, as a JSON object: handler, contact, purposes, methods, categories, retention, rights, and for sensitive data necessity and impact (PIPL Art. 17, 30). A notice lacking one is refused, naming it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::RecordCommands</name>
    <message>
        <source>--%1 must be a date and time such as 2026-12-01T14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident&apos;s id, as &quot;incident list&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing threshold has not been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold reached on %1; filed on %2 with %3, reference %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filed-on must be a date such as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read or is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing made on %1 is recorded; the banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that the authority was notified of incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that the people affected by incident %1 were notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded why the people affected by incident %1 are not notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was done (local, e.g. 2026-12-01T14:30; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whether the face-data filing threshold was reached, the deadline, and the filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filed-on DATE --authority TEXT --reference TEXT [--receipt FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing made with the authority after the threshold was reached. Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The banner stays until this is recorded; a recorded filing cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the filing was made (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority it was filed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference number on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt, kept encrypted in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title T --description T --categories T --people N --measures T [--occurred-at TIME] [--found-at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a security incident (PIPL Art. 57). Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of personal information involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedial measures taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was found (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--open]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the incident register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents not yet closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --authority TEXT [--at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the authority was notified of an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the people affected by an incident were notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the people affected are not notified: the measures that effectively avoid harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures avoid harm to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an incident once the authority and the people affected are answered for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::RequestCommands</name>
    <message>
        <source>--type TYPE (--subject PSEUDONYM | --name N --phone P) [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a data-subject request (PIPL Art. 44-50). A request not matched to a customer waits in &quot;needs identity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types: access, copy, portability, correction, deletion, withdrawal, restriction, explanation. The deadline is the response setting (default 15 working days) on China&apos;s holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer, e.g. S-ABCDEFGHJKLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not matched to a customer yet: their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not matched yet: a phone number to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter (default), phone, online or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request in the customer&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open requests by working days left. Overdue requests are always listed, whatever the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed requests too (the newest 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a request, its deadline and its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID ACTION [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an action: verify-identity, start, await-vendors, complete, refuse, cancel, pause, resume, extend or assign. Only the transitions of the state machine are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse, cancel and extend need --reason; a refusal letter states the customer&apos;s right to complain and to sue (Art. 50). verify-identity needs --method (face recognition is never accepted) and, for a request not matched yet, --subject. extend needs --days; assign needs --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (refuse, cancel, extend), or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id-document, phone-code or member-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who an unmatched request turned out to be from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days of the one extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer to assign the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--out FILE_OR_DIR] [--lang zh_CN|en] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfil a request end to end and write the customer&apos;s letter as a PDF (Art. 45-47).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access, copy, portability: a letter of what is held, why, since when, for how long and who it was shared with (each vendor is asked what it holds), with JSON and CSV copies; --out is required. correction: --name, --phone or --birth-date. deletion, withdrawal: consents withdrawn, personal fields erased here and at every vendor with receipts; the request completes once every receipt is in. restriction, explanation: --note says what was done. A completed request writes its letter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE_OR_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s PDF file, or a folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s language: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: the right name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: the right phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: the right birth date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction, explanation: what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OpenDSR v2.0 requests from a JSON file (one request or an array), all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each requester is matched to a customer only by the exact phone on record; the others wait in &quot;needs identity&quot;. A malformed or hostile file is refused with the byte, line and column, and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file against the store without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --subject PSEUDONYM or, for someone not matched yet, --name and --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be counter, phone, online or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 taken in: %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE (always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1 (%2 working days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: %1, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be id-document, phone-code or member-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-identity needs --method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date must be a date like 1990-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access, copy or portability request needs --out: where to write the customer&apos;s package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is fulfilled and completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is awaiting vendors: %2 vendor erasure(s) still need a receipt. It completes by itself once they are in (the console&apos;s scheduler or &quot;jobs run&quot;); run this command again for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: %n request(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>The file is valid: %n request would be imported; nothing was written.</numerusform>
            <numerusform>The file is valid: %n requests would be imported; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>Imported %n request.</numerusform>
            <numerusform>Imported %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::RetentionCommands</name>
    <message>
        <source>%1 (due now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the vendor&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is held under a retention timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention sweep done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents that would expire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vendor jobs queued: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deletion log %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the retention timers: expire consents, erase customers&apos; personal fields and closed requests whose period is over, end enrolments not renewed in time and queue the vendors&apos; purges and erasures. One deletion-log entry per action. Jobs role or officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count what is due; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the retention rules and what is due when, soonest first.</source>
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
        <source>Added user &quot;%1&quot; (%2).</source>
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
        <source>Add a user with a role and a passphrase of their own (a new keyslot). Privacy officers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
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
    <message>
        <source>Give the new user&apos;s role with --role staff|officer|auditor|jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use staff, officer, auditor or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed user &quot;%1&quot;. The database has a new key: their passphrase no longer opens it, not even with a copy of the keyslot file from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was reset. The database has a new key: the old passphrase no longer opens it, not even with a copy of the keyslot file from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --role staff|officer|auditor|jobs [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff, officer, auditor or jobs (the timed jobs&apos; account: sweeps and erasures only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::VerifyEvidence</name>
    <message>
        <source>FILE.zip [--since OLD.zip]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence package without the store: its files, its signature, the ledgers and their signed heads. Needs no database and no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --since, also checks that the package&apos;s history extends the older package&apos;s: the same ledger rows up to the older heads. Exit code 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier package from the same store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is intact and signed by the store identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package does NOT verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::CsvReader</name>
    <message>
        <source>A CSV file is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::CsvWriter</name>
    <message>
        <source>Could not write a CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceExport</name>
    <message>
        <source>The period is not valid: it needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the evidence package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be signed: the store identity is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing consents and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing cameras and signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing compliance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the deletion log and the audit extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature is not an Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceTables</name>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Mode changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-data holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People notified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why people were not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
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
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceVerifier</name>
    <message>
        <source>row %1 of the %2 has the wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 skips from row %2 to row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the %2 does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not &quot;&lt;hash&gt;  &lt;file&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package but not in SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match their SHA-256 in SHA256SUMS, and nothing else is in the package.</source>
        <translation>
            <numerusform>%n file match their SHA-256 in SHA256SUMS, and nothing else is in the package.</numerusform>
            <numerusform>%n files match their SHA-256 in SHA256SUMS, and nothing else is in the package.</numerusform>
        </translation>
    </message>
    <message>
        <source>public_key.pem or SHA256SUMS.sig is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public_key.pem is not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS.sig is not a signature over SHA256SUMS by the key in public_key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS is signed by the store identity in public_key.pem (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads.json does not name the identity in public_key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgers/keys.csv has a row with the wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package does not hold both ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows and the deletion log&apos;s %2 rows hash into an unbroken chain each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgers/heads.csv has a row with the wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1 goes back in a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head %1, signed by %2, does not match the ledgers&apos; rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last signed head is not the one heads.json names, or rows lie beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 names user #%2 but its commit is signed by user #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older package does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages are not from the same store identity: the store or its identity was replaced in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was rewritten or cut since the older package: its first %1 rows are not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion log was rewritten or cut since the older package: its first %1 rows are not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history extends the older package&apos;s: the same %1 audit rows and %2 deletion rows, bit for bit, then %3 and %4 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed head(s) checked: each links to the one before and is signed by a key the store identity certified, and the last covers every row.</source>
        <translation>
            <numerusform>%n signed head checked: each links to the one before and is signed by a key the store identity certified, and the last covers every row.</numerusform>
            <numerusform>%n signed heads checked: each links to the one before and is signed by a key the store identity certified, and the last covers every row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::evidence::ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the package is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::evidence::ZipWriter</name>
    <message>
        <source>The file %1 is too large for a zip archive without Zip64 (4 GiB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence package would exceed 4 GiB, more than a zip archive without Zip64 can hold. Export a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry %1 is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip archive without Zip64 holds at most 65,535 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid name inside a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zip entry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the package to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::json::Reader</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a value (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character where a value should start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word (only true, false and null are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number may not start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string (it must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a low surrogate without a high surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high surrogate without a low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NUL character is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 members in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 items in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (the file looks like UTF-16; save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 start byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8: the file ends inside a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or bad continuation byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::reporting::EvidenceReport</name>
    <message>
        <source>Personal information protection evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is part of an evidence package. The package&apos;s CSV files hold the records row by row; SHA256SUMS and its signature let anyone check that no file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents given in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents withdrawn in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of requests answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion-log entries in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visitors counted in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose face data vendors hold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses are the ones at the time the report was made. Requests answered on time were closed on or before their deadline in working days, pauses and extensions counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by type (answered on time: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions and visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing and ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face data held by vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people of the filing threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact, %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken at row %3, %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents are summarised per purpose here; every consent and withdrawal of the period, with the hash of the notice shown, is in the package&apos;s CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request received in the period or open during it, with its deadline and its timeline. Customers are named by pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion log of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera mode changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessments (PIIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold reached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::reporting::LetterFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::reporting::LetterPdf</name>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
