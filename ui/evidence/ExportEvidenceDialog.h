#pragma once
// The officer's evidence export (Part 6): a period (by default the last full calendar month), the
// report's language, whether to include full records, and where to write the zip. The package is
// written on a worker thread with its own connection (Session::openForWorker), with a progress
// bar naming the step and Cancel; at the end the dialog shows the path and how to verify it.
#include "core/base/Result.h"
#include "core/evidence/EvidenceExport.h"

#include <QDate>
#include <QDialog>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace cd { class Session; }

// Writes the package on the worker's session: EvidenceExport::write with the report and the
// seal (ui/evidence/EvidenceRunner.h), or a stand-in in tests.
using EvidenceRunner = std::function<cd::Result<cd::evidence::EvidenceSummary>(
    cd::Session &worker, const cd::evidence::EvidenceOptions &options, const QString &path,
    const cd::evidence::ExportProgress &progress)>;

// What the worker hands back (a QFuture needs a default-constructible value).
struct EvidenceOutcome {
    bool ok = false;
    bool cancelled = false;
    cd::evidence::EvidenceSummary summary;
    QString error;  // translated
};

class ExportEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    ExportEvidenceDialog(cd::Session &session, EvidenceRunner runner, QWidget *parent = nullptr);
    ~ExportEvidenceDialog() override;

    // The last full calendar month before `today`.
    static std::pair<QDate, QDate> lastFullMonth(const QDate &today);
    static QString defaultFileName(const QDate &from, const QDate &to);
    bool isExporting() const { return m_running; }

public slots:
    void startExport();
    void cancelExport();
    void reject() override;  // while exporting: cancels, and closes once the worker has stopped

signals:
    void exportFinished(bool ok);

private:
    void retranslateUi();
    void datesChanged();
    void chooseFile();
    void finished();
    void setRunning(bool running);

    cd::Session &m_session;
    EvidenceRunner m_runner;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_language;
    QCheckBox *m_fullRecords;
    QLabel *m_fullWarning;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_message;  // refusals and errors
    QLabel *m_result;   // the path and how to verify it
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QLabel *m_fromLabel, *m_toLabel, *m_languageLabel, *m_pathLabel;
    QFutureWatcher<EvidenceOutcome> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
    bool m_closeWhenDone = false;
    bool m_pathEdited = false;  // the officer chose a path: dates no longer rename it
    QString m_lastStep;
};
