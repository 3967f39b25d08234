#pragma once
// Fulfils one request (vendors/RequestFulfiller): the customer's language, what the type needs
// (corrected fields; the note for a restriction or an explanation), and the PDF file the officer
// chooses for the letter (the package's JSON and CSV go beside it). It runs on the GUI thread:
// the session's database and the vendor hosts belong to it, and every vendor call waits in a
// local event loop, so the window repaints and the progress line moves (docs/architecture.md).
#include "core/requests/RequestService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cd { class Session; class VendorManager; }

class RequestFulfilDialog : public QDialog {
    Q_OBJECT
public:
    RequestFulfilDialog(cd::Session &session, cd::VendorManager &vendors, const cd::RequestRow &row,
                        QWidget *parent = nullptr);

    void setOutputPath(const QString &path);  // what Browse… sets (tests set it directly)
    void run();
    QString outcome() const;  // the result line, translated

signals:
    void ran();  // a fulfilment finished (done or refused): the request may have changed

private:
    void retranslateUi();
    void browse();
    void updateState();
    bool needsPackage() const;

    cd::Session &m_session;
    cd::VendorManager &m_vendors;
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
