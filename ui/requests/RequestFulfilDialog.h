#pragma once
// Fulfils one request (vendors/RequestFulfiller): the customer's language, what the type needs
// (corrected fields; the note for a restriction or an explanation), and the PDF file the officer
// chooses for the letter (the package's JSON and CSV go beside it). It runs on the vendor thread
// (VendorWorker) with a connection of its own, the files written there too; the steps and the
// outcome come back here. If the console locks meanwhile, the dialog goes and the answer is
// dropped; what the fulfilment wrote is in the database (docs/vendor-threads.md).
#include "core/requests/RequestService.h"
#include "core/base/Result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cd { class Session; class VendorWorker; struct FulfilOutcome; }

class RequestFulfilDialog : public QDialog {
    Q_OBJECT
public:
    RequestFulfilDialog(cd::Session &session, cd::VendorWorker &vendors, const cd::RequestRow &row,
                        QWidget *parent = nullptr);

    void setOutputPath(const QString &path);  // what Browse… sets (tests set it directly)
    void run();
    QString outcome() const;  // the result line, translated

signals:
    void ran();  // a fulfilment finished (done or refused): the request may have changed

private:
    void finished(const cd::Result<cd::FulfilOutcome> &done, const QStringList &written);
    void retranslateUi();
    void browse();
    void updateState();
    bool needsPackage() const;

    cd::Session &m_session;
    cd::VendorWorker &m_vendors;
    cd::RequestRow m_row;
    bool m_running = false;
    bool m_done = false;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_step;
    QDialogButtonBox *m_buttons;
    QPushButton *m_runButton;
};
