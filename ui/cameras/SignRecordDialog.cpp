#include "SignRecordDialog.h"

#include "ui/common/Gui.h"
#include "ui/common/Retranslate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewSize = 220;
}

SignRecordDialog::SignRecordDialog(const QString &zoneName, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_zoneName(zoneName)
{
    setObjectName(QStringLiteral("signRecordDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("signDescriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setBuddy(m_descriptionEdit);

    // Whole minutes, never after now: a sign dated later than now would not count yet.
    const QDateTime local = now.toLocalTime();
    const QDateTime minute(local.date(), QTime(local.time().hour(), local.time().minute()));
    m_postedEdit = new QDateTimeEdit(minute, this);
    m_postedEdit->setObjectName(QStringLiteral("signPostedEdit"));
    m_postedEdit->setCalendarPopup(true);
    m_postedEdit->setMaximumDateTime(minute);
    m_postedEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_postedLabel = new QLabel(this);
    m_postedLabel->setBuddy(m_postedEdit);

    m_photoEdit = new QLineEdit(this);
    m_photoEdit->setObjectName(QStringLiteral("signPhotoEdit"));
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("signPhotoButton"));
    m_photoLabel = new QLabel(this);
    m_photoLabel->setBuddy(m_photoEdit);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("signPhotoPreview"));
    m_preview->setFixedSize(kPreviewSize, kPreviewSize * 3 / 4);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_photoInfoLabel = new QLabel(this);
    m_photoInfoLabel->setObjectName(QStringLiteral("signPhotoInfo"));
    m_photoInfoLabel->setWordWrap(true);
    m_photoInfoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("signErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; padding: 6px; }"));
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOkButton"));

    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoEdit, 1);
    photoRow->addWidget(m_browseButton);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_photoInfoLabel, 1, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_descriptionLabel, m_descriptionEdit);
    form->addRow(m_postedLabel, m_postedEdit);
    form->addRow(m_photoLabel, photoRow);
    form->addRow(QString(), previewRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &SignRecordDialog::updateOk);
    connect(m_browseButton, &QPushButton::clicked, this, &SignRecordDialog::browse);
    connect(m_photoEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_photoEdit->text().trimmed();
        if (!path.isEmpty())
            setPhotoFile(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            emit submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
    updateOk();
    resize(600, sizeHint().height());
}

QString SignRecordDialog::description() const
{
    return m_descriptionEdit->toPlainText().trimmed();
}

qint64 SignRecordDialog::postedSinceMs() const
{
    return m_postedEdit->dateTime().toUTC().toMSecsSinceEpoch();
}

bool SignRecordDialog::setPhotoFile(const QString &path)
{
    m_errorLabel->hide();
    if (m_photoEdit->text() != path)
        m_photoEdit->setText(path);
    QFile file(path);
    QByteArray bytes;
    QString problem;
    if (QFileInfo(path).size() > kMaxPhotoBytes)
        problem = tr("The photo is larger than %1 MB; take a smaller one.").arg(kMaxPhotoBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("The file cannot be read: %1").arg(file.errorString());
    else
        bytes = file.readAll();
    QImage image;
    if (problem.isEmpty()) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull())
            problem = tr("The file is not an image this console can read (%1).").arg(reader.errorString());
    }
    if (!problem.isEmpty()) {
        m_photo.clear();
        m_preview->clear();
        m_photoInfo.clear();
        m_photoInfoLabel->clear();
        showError(problem);
        updateOk();
        return false;
    }
    m_photo = bytes;
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(m_preview->size() - QSize(4, 4), Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation)));
    m_photoInfo = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    retranslateUi();
    updateOk();
    return true;
}

void SignRecordDialog::browse()
{
    // Not the static getter: no nested event loop (see Gui.h).
    auto *dialog = new QFileDialog(this, tr("Photo of the posted sign"));
    dialog->setObjectName(QStringLiteral("signPhotoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.jpg *.jpeg *.png *.webp *.bmp)"));
    const QStringList pictures = QStandardPaths::standardLocations(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty())
        dialog->setDirectory(pictures.front());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { setPhotoFile(file); });
    dialog->open();
}

void SignRecordDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void SignRecordDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!description().isEmpty() && !m_photo.isEmpty());
}

void SignRecordDialog::retranslateUi()
{
    setWindowTitle(tr("Record a posted sign"));
    m_intro->setText(tr("Record the sign that tells customers in zone <b>%1</b> about the cameras and face "
                        "recognition (PIPL Art. 26). The photo is the evidence that it was posted.")
                         .arg(m_zoneName.toHtmlEscaped()));
    m_descriptionLabel->setText(tr("&What it says, where:"));
    m_descriptionEdit->setPlaceholderText(tr("e.g. A3 sign \"Face recognition in use\" at the left entrance door, "
                                             "with the notice QR code"));
    m_postedLabel->setText(tr("&Posted since:"));
    m_photoLabel->setText(tr("P&hoto:"));
    m_photoEdit->setPlaceholderText(tr("path of the photo file"));
    m_browseButton->setText(tr("&Choose…"));
    if (m_photo.isEmpty()) {
        m_preview->setText(tr("No photo"));
    } else {
        m_photoInfoLabel->setText(tr("%1 bytes\nSHA-256 %2").arg(QLocale().toString(qint64(m_photo.size())),
                                                                 cd::gui::shortHash(m_photoInfo)));
        m_photoInfoLabel->setToolTip(m_photoInfo);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record sign"));
}
