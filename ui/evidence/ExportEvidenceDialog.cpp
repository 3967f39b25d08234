#include "ExportEvidenceDialog.h"

#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QDateEdit *dateEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

std::pair<QDate, QDate> ExportEvidenceDialog::lastFullMonth(const QDate &today)
{
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    return {firstOfThisMonth.addMonths(-1), firstOfThisMonth.addDays(-1)};
}

QString ExportEvidenceDialog::defaultFileName(const QDate &from, const QDate &to)
{
    return QStringLiteral("evidence-%1-%2.zip").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

ExportEvidenceDialog::ExportEvidenceDialog(cd::Session &session, EvidenceRunner runner, QWidget *parent)
    : QDialog(parent), m_session(session), m_runner(std::move(runner)),
      m_watcher(new QFutureWatcher<EvidenceOutcome>(this))
{
    setObjectName(QStringLiteral("exportEvidenceDialog"));
    const auto [from, to] = lastFullMonth(session.clock().today());
    m_from = dateEdit("evidenceFrom", this);
    m_to = dateEdit("evidenceTo", this);
    m_from->setDate(from);
    m_to->setDate(to);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("evidenceLanguage"));
    // Each language in its own words, as the language menu does.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_fullRecords = new QCheckBox(this);
    m_fullRecords->setObjectName(QStringLiteral("evidenceFullRecords"));
    m_fullWarning = new QLabel(this);
    m_fullWarning->setObjectName(QStringLiteral("evidenceFullWarning"));
    m_fullWarning->setWordWrap(true);
    m_fullWarning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_fullWarning->setVisible(false);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("evidencePath"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("evidenceBrowse"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("evidenceStep"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("evidenceResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("evidenceExport"));
    m_export->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("evidenceCancel"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("evidenceClose"));
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_languageLabel, m_language);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(m_pathLabel, pathRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fullRecords);
    layout->addWidget(m_fullWarning);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &ExportEvidenceDialog::datesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportEvidenceDialog::datesChanged);
    connect(m_fullRecords, &QCheckBox::toggled, m_fullWarning, &QWidget::setVisible);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportEvidenceDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportEvidenceDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportEvidenceDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &ExportEvidenceDialog::reject);
    connect(m_watcher, &QFutureWatcher<EvidenceOutcome>::finished, this, &ExportEvidenceDialog::finished);
    connect(m_watcher, &QFutureWatcher<EvidenceOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<EvidenceOutcome>::progressTextChanged, this, [this](const QString &step) {
        m_lastStep = step;
        m_step->setText(step);
    });

    datesChanged();
    setRunning(false);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    resize(560, sizeHint().height());
}

ExportEvidenceDialog::~ExportEvidenceDialog()
{
    // The worker owns its connection and stops at its next step; nothing here waits for it.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ExportEvidenceDialog::retranslateUi()
{
    setWindowTitle(tr("Export evidence"));
    m_fromLabel->setText(tr("&From:"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setText(tr("&To:", "the last day of the period"));
    m_toLabel->setBuddy(m_to);
    m_languageLabel->setText(tr("Report &language:"));
    m_languageLabel->setBuddy(m_language);
    m_pathLabel->setText(tr("Save &as:"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setText(tr("&Browse…"));
    m_fullRecords->setText(tr("Include &full records (names and phone numbers)"));
    m_fullWarning->setText(tr("The package will hold customers' names and phone numbers in full. Give it only to "
                              "someone entitled to them, and keep it as you keep the database."));
    m_export->setText(tr("&Export"));
    m_cancel->setText(tr("&Cancel export"));
    m_close->setText(tr("Close"));
    if (!m_running && m_lastStep.isEmpty())
        m_step->setText(tr("Not started."));
}

void ExportEvidenceDialog::datesChanged()
{
    m_message->clear();
    if (m_pathEdited)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(defaultFileName(m_from->date(), m_to->date())));
}

void ExportEvidenceDialog::chooseFile()
{
    auto *chooser = new QFileDialog(this, tr("Save the evidence package"), m_path->text(), tr("Zip archives (*.zip)"));
    chooser->setObjectName(QStringLiteral("evidenceFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("zip"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(file);
        m_pathEdited = true;
    });
    chooser->open();
}

void ExportEvidenceDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_language),
                       static_cast<QWidget *>(m_fullRecords), static_cast<QWidget *>(m_path),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_export)})
        w->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
}

void ExportEvidenceDialog::startExport()
{
    if (m_running)
        return;
    m_message->clear();
    m_result->clear();
    const QDate from = m_from->date(), to = m_to->date();
    if (to < from) {
        m_message->setText(tr("The period ends before it begins: choose a last day on or after the first."));
        return;
    }
    if (to > m_session.clock().today()) {
        m_message->setText(tr("The period cannot end after today."));
        return;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || QFileInfo(path).fileName().isEmpty()) {
        m_message->setText(tr("Choose where to save the package."));
        return;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        m_message->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    // The worker gets its own connection: a Session and its Database belong to one thread.
    auto worker = m_session.openForWorker();
    if (!worker.ok()) {
        m_message->setText(worker.error().message);
        return;
    }
    std::shared_ptr<cd::Session> session(std::move(worker).value());
    cd::evidence::EvidenceOptions options;
    options.from = from;
    options.to = to;
    options.language = m_language->currentData().toString();
    options.fullRecords = m_fullRecords->isChecked();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancel;
    m_lastStep.clear();
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
    setRunning(true);
    EvidenceRunner runner = m_runner;
    m_watcher->setFuture(QtConcurrent::run([session, options, path, cancel, runner](QPromise<EvidenceOutcome> &promise) mutable {
        promise.setProgressRange(0, 100);
        cd::evidence::ExportProgress progress;
        progress.cancel = cancel.get();
        progress.report = [&promise](int percent, const QString &step) {
            promise.setProgressValueAndText(percent, step);
        };
        EvidenceOutcome out;
        auto written = runner(*session, options, path, progress);
        out.ok = written.ok();
        out.cancelled = cancel->load();
        if (written.ok())
            out.summary = written.value();
        else
            out.error = written.error().message;
        session.reset();  // closes the worker's connection on the worker's thread
        promise.addResult(out);
    }));
}

void ExportEvidenceDialog::cancelExport()
{
    if (!m_running || !m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void ExportEvidenceDialog::reject()
{
    if (m_running) {
        m_closeWhenDone = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportEvidenceDialog::finished()
{
    const EvidenceOutcome out = m_watcher->future().resultCount() > 0 ? m_watcher->result() : EvidenceOutcome{};
    setRunning(false);
    m_cancelFlag.reset();
    if (out.ok) {
        m_progress->setValue(100);
        m_step->setText(tr("Done."));
        const QString path = QDir::toNativeSeparators(out.summary.path);
        m_result->setText(tr("The package was saved as %1 (%2 files, %3).\nTo verify it: consentdesk-cli "
                             "verify-evidence \"%1\"; or, without this program, unzip it and run sha256sum -c "
                             "SHA256SUMS and openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in "
                             "SHA256SUMS -sigfile SHA256SUMS.sig.")
                              .arg(path)
                              .arg(out.summary.files)
                              .arg(QLocale().formattedDataSize(out.summary.bytes)));
    } else if (out.cancelled) {
        m_progress->setValue(0);
        m_step->setText(tr("Cancelled: nothing was saved."));
    } else {
        m_step->setText(tr("The export failed."));
        m_message->setText(out.error.isEmpty() ? tr("The export failed.") : out.error);
    }
    emit exportFinished(out.ok);
    if (m_closeWhenDone)
        QDialog::reject();
}
