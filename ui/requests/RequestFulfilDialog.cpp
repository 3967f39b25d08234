#include "RequestFulfilDialog.h"

#include "core/access/Session.h"
#include "core/reporting/LetterFiles.h"
#include "ui/common/BusyCall.h"
#include "ui/common/Retranslate.h"
#include "vendors/RequestFulfiller.h"
#include "vendors/VendorWorker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using cd::RequestType;

RequestFulfilDialog::RequestFulfilDialog(cd::Session &session, cd::VendorWorker &vendors, const cd::RequestRow &row,
                                         QWidget *parent)
    : QDialog(parent), m_session(session), m_vendors(vendors), m_row(row)
{
    setObjectName(QStringLiteral("requestFulfilDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguageCombo"));
    m_language->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    if (row.type == RequestType::Restriction || row.type == RequestType::Explanation) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("fulfilNoteEdit"));
        m_note->setTabChangesFocus(true);
        m_note->setMaximumHeight(90);
        m_noteLabel = new QLabel(this);
        m_noteLabel->setBuddy(m_note);
        form->addRow(m_noteLabel, m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &RequestFulfilDialog::updateState);
    }
    if (row.type == RequestType::Correction) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("correctNameEdit"));
        m_nameLabel = new QLabel(this);
        m_nameLabel->setBuddy(m_name);
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("correctPhoneEdit"));
        m_phoneLabel = new QLabel(this);
        m_phoneLabel->setBuddy(m_phone);
        form->addRow(m_nameLabel, m_name);
        form->addRow(m_phoneLabel, m_phone);
        connect(m_name, &QLineEdit::textChanged, this, &RequestFulfilDialog::updateState);
        connect(m_phone, &QLineEdit::textChanged, this, &RequestFulfilDialog::updateState);
    }
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("letterFileEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseLetterButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    form->addRow(m_fileLabel, fileRow);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fulfilProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("fulfilStep"));
    m_step->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_runButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runFulfilButton"));
    m_runButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_buttons);
    connect(m_browse, &QPushButton::clicked, this, &RequestFulfilDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &RequestFulfilDialog::updateState);
    connect(m_runButton, &QPushButton::clicked, this, &RequestFulfilDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            m_done ? accept() : reject();
    });
    resize(560, sizeHint().height());
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

bool RequestFulfilDialog::needsPackage() const
{
    return m_row.type == RequestType::Access || m_row.type == RequestType::Copy
        || m_row.type == RequestType::Portability;
}

void RequestFulfilDialog::setOutputPath(const QString &path) { m_file->setText(path); }

void RequestFulfilDialog::browse()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("request-%1.pdf").arg(m_row.id));
    auto *dialog = new QFileDialog(this, tr("Save the customer's letter"), start, tr("PDF (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RequestFulfilDialog::setOutputPath);
    dialog->open();  // no nested event loop: the console may lock meanwhile
}

void RequestFulfilDialog::updateState()
{
    bool ok = !m_running && !m_done;
    if (ok && m_note && m_note->toPlainText().trimmed().isEmpty())
        ok = false;
    if (ok && m_name && m_name->text().trimmed().isEmpty() && m_phone->text().trimmed().isEmpty())
        ok = false;
    // The letter is written before an access, correction or note request completes; a deletion's
    // letter comes with the last receipt, so its file may also be chosen now.
    if (ok && m_file->text().trimmed().isEmpty())
        ok = false;
    m_fileLabel->setToolTip(needsPackage() ? tr("The package's JSON and CSV copies are written beside the PDF.")
                                           : QString());
    m_runButton->setEnabled(ok);
    m_browse->setEnabled(!m_running);
}

QString RequestFulfilDialog::outcome() const { return m_step->text(); }

void RequestFulfilDialog::run()
{
    if (m_running || BusyCall::isRunning())
        return;
    cd::FulfilOptions options;
    options.language = m_language->currentData().toString();
    if (m_note)
        options.note = m_note->toPlainText().trimmed();
    if (m_name && !m_name->text().trimmed().isEmpty())
        options.correction.name = m_name->text().trimmed();
    if (m_phone && !m_phone->text().trimmed().isEmpty())
        options.correction.phone = m_phone->text().trimmed();
    const QString out = m_file->text().trimmed();
    const qint64 requestId = m_row.id;
    // Written on the vendor thread, read here once the answer is back.
    auto written = std::make_shared<QStringList>();
    options.deliver = [out, requestId, written](const cd::ResponseLetter &letter,
                                                const cd::SubjectPackage *package) -> cd::Result<void> {
        auto files = cd::reporting::LetterFiles::write(out, requestId, letter, package);
        if (!files)
            return files.error();
        *written << files.value();
        return {};
    };
    // Steps are told from the vendor thread: the label is touched on the GUI thread, if it is still there.
    QPointer<QLabel> step = m_step;
    options.progress = [step](const QString &text) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [step, text] {
                if (step)
                    step->setText(text + QStringLiteral("…"));
            },
            Qt::QueuedConnection);
    };
    m_running = true;
    m_progress->setRange(0, 0);  // busy: the steps are not counted ahead
    updateState();
    auto busy = BusyCall::start(this, tr("Fulfilling request %1…").arg(requestId));
    m_vendors.run(
        this,
        [requestId, options](cd::VendorManager &vendors) {
            return cd::RequestFulfiller(vendors.session(), vendors).fulfil(requestId, options);
        },
        [this, busy, written](const cd::Result<cd::FulfilOutcome> &done) { finished(done, *written); });
}

void RequestFulfilDialog::finished(const cd::Result<cd::FulfilOutcome> &done, const QStringList &written)
{
    m_running = false;
    m_progress->setRange(0, 1);
    if (!done.ok()) {
        m_progress->setValue(0);
        m_step->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_step->setText(done.error().message);
        updateState();
        emit ran();
        return;
    }
    m_done = true;
    m_progress->setValue(1);
    m_step->setStyleSheet({});
    if (done->row.state == cd::RequestState::Completed)
        m_step->setText(tr("Request %1 is fulfilled and completed. Written: %2")
                            .arg(m_row.id)
                            .arg(written.join(QStringLiteral(", "))));
    else
        m_step->setText(tr("Request %1 is awaiting vendors: %n vendor erasure(s) still need a receipt. It completes by "
                           "itself once they are in; fulfil it again then for the letter.",
                           nullptr, done->vendorErasuresPending)
                            .arg(m_row.id));
    updateState();
    emit ran();
}

void RequestFulfilDialog::retranslateUi()
{
    setWindowTitle(tr("Fulfil request %1").arg(m_row.id));
    QString intro;
    switch (m_row.type) {
    case RequestType::Access:
    case RequestType::Copy:
    case RequestType::Portability:
        intro = tr("Writes the customer's package (what is held, why, how long, at which vendor) as a PDF letter, "
                   "with JSON and CSV copies beside it, then completes the request.");
        break;
    case RequestType::Correction:
        intro = tr("Corrects the fields given (the others stay), writes the letter and completes the request.");
        break;
    case RequestType::Deletion:
    case RequestType::Withdrawal:
        intro = tr("Withdraws every consent, erases the customer's personal fields here and asks every vendor to "
                   "erase theirs. The request completes when every vendor's receipt is in.");
        break;
    default:
        intro = tr("Say what was done; the letter states it and the request completes.");
        break;
    }
    m_intro->setText(intro);
    m_languageLabel->setText(tr("Customer's &language:"));
    if (m_noteLabel)
        m_noteLabel->setText(tr("&What was done:"));
    if (m_nameLabel)
        m_nameLabel->setText(tr("Correct &name to:"));
    if (m_phoneLabel)
        m_phoneLabel->setText(tr("Correct &phone to:"));
    m_fileLabel->setText(tr("Letter (&PDF):"));
    m_browse->setText(tr("&Browse…"));
    m_runButton->setText(tr("&Fulfil"));
    updateState();
}
