// A refusal is a fact the audit log keeps even when the transaction it happened in is rolled
// back: Session::require writes it after the outermost transaction ends.
#include "core/access/UserService.h"
#include "core/consent/PurposeService.h"
#include "core/ledgers/AuditLog.h"
#include "tests/support/StoreFixture.h"

using namespace cd;

class TestRefusal : public QObject {
    Q_OBJECT

private:
    cdtest::TestStore m_s;
    std::unique_ptr<Session> m_auditor;

    qint64 count(const QString &action)
    {
        auto rows = AuditLog::page(m_s.officer->db(), 0, 100000, action);
        return rows ? qint64(rows.value().size()) : -1;
    }

    static Purpose somePurpose()
    {
        Purpose p;
        p.code = QStringLiteral("refused-purpose");
        p.nameZh = QStringLiteral("被拒绝的目的");
        p.nameEn = QStringLiteral("Refused purpose");
        p.legalBasis = QStringLiteral("consent");
        p.dataCategories = QStringLiteral("visit-history");
        return p;
    }

private slots:
    void initTestCase()
    {
        const QString e = m_s.create();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        CDT_OK(UserService(*m_s.officer).add(QStringLiteral("ada"), QStringLiteral("Auditor A"), Role::Auditor,
                                             QStringLiteral("auditor-pass-1"), KdfLimits::minimum()));
        m_auditor = m_s.unlock(QStringLiteral("ada"), QStringLiteral("auditor-pass-1"));
        QVERIFY(m_auditor);
    }

    void refusalSurvivesRollback()
    {
        const qint64 deniedBefore = count(QStringLiteral("access.denied"));
        {
            Transaction tx(m_auditor->db());
            CDT_OK(tx.begin());
            // A row the rollback must take away, so the test shows that a rollback happened.
            CDT_OK(AuditLog::append(*m_auditor, QStringLiteral("test.inside"), QStringLiteral("test"), QStringLiteral("1")));
            CDT_FAILS_WITH(PurposeService(*m_auditor).add(somePurpose()), ErrorCode::Forbidden);
            // Not yet written: it would share the transaction's fate.
            QVERIFY(m_auditor->db().inTransaction());
        }  // rolled back: no commit()
        QVERIFY(!m_auditor->db().inTransaction());
        QCOMPARE(count(QStringLiteral("test.inside")), qint64(0));
        QCOMPARE(count(QStringLiteral("access.denied")), deniedBefore + 1);
        auto newest = AuditLog::page(m_s.officer->db(), 0, 1, QStringLiteral("access.denied"));
        CDT_OK(newest);
        QCOMPARE(newest->front().userName, QStringLiteral("ada"));
        QCOMPARE(newest->front().detail, QStringLiteral("purpose.add"));
        auto verified = AuditLog::verify(m_s.officer->db());
        CDT_OK(verified);
        QVERIFY(verified->ok);
    }

    void refusalInJoinedTransactionSurvivesFailedCommit()
    {
        const qint64 deniedBefore = count(QStringLiteral("access.denied"));
        Transaction outer(m_auditor->db());
        CDT_OK(outer.begin());
        {
            Transaction inner(m_auditor->db());
            CDT_OK(inner.begin());
            CDT_FAILS_WITH(PurposeService(*m_auditor).add(somePurpose()), ErrorCode::Forbidden);
        }  // the joined one ends without commit: the outer one may only roll back
        CDT_FAILS_WITH(outer.commit(), ErrorCode::Failed);
        QCOMPARE(count(QStringLiteral("access.denied")), deniedBefore + 1);
        auto verified = AuditLog::verify(m_s.officer->db());
        CDT_OK(verified);
        QVERIFY(verified->ok);
    }

    void refusalOutsideTransactionIsWrittenAtOnce()
    {
        const qint64 deniedBefore = count(QStringLiteral("access.denied"));
        CDT_FAILS_WITH(PurposeService(*m_auditor).add(somePurpose()), ErrorCode::Forbidden);
        QCOMPARE(count(QStringLiteral("access.denied")), deniedBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestRefusal)
#include "tst_refusal.moc"
