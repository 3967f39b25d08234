#include "RecordForm.h"

#include "ui/common/Gui.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxAttachmentBytes = 64LL * 1024 * 1024;  // kept inside the database
}

RecordForm::RecordForm(const QString &objectName, const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(640, 480);
}

void RecordForm::addRow(const QString &key, const QString &label, QWidget *field)
{
    field->setObjectName(key + QStringLiteral("Field"));
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    m_form->addRow(l, field);
    m_fields.insert(key, field);
}

void RecordForm::addText(const QString &key, const QString &label, const QString &value)
{
    addRow(key, label, new QLineEdit(value, this));
}

void RecordForm::addLongText(const QString &key, const QString &label, const QString &value)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    addRow(key, label, edit);
}

void RecordForm::addDate(const QString &key, const QString &label, const QDate &value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setCalendarPopup(true);
    addRow(key, label, edit);
}

void RecordForm::addDateTime(const QString &key, const QString &label, const QDateTime &value,
                             const QString &unknownText)
{
    auto *edit = new QDateTimeEdit(this);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    if (!unknownText.isEmpty()) {
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        edit->setSpecialValueText(unknownText);
    }
    edit->setDateTime(value.isValid() ? value.toLocalTime() : edit->minimumDateTime());
    addRow(key, label, edit);
}

void RecordForm::addNumber(const QString &key, const QString &label, qint64 value, qint64 max)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(0, int(qMin<qint64>(max, 2000000000)));
    spin->setValue(int(value));
    spin->setGroupSeparatorShown(true);
    addRow(key, label, spin);
}

void RecordForm::addChoice(const QString &key, const QString &label, const QList<std::pair<QString, QString>> &choices,
                           const QString &value)
{
    auto *combo = new QComboBox(this);
    for (const auto &[id, shown] : choices)
        combo->addItem(shown, id);
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
    addRow(key, label, combo);
}

void RecordForm::addFile(const QString &key, const QString &label, const QString &hint)
{
    auto *box = new QWidget(this);
    auto *path = new QLineEdit(box);
    path->setObjectName(key + QStringLiteral("Path"));
    path->setPlaceholderText(hint);
    auto *browse = new QPushButton(tr("Choose…"), box);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(path, 1);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, path] {
        auto *dialog = new QFileDialog(this, windowTitle());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, path, &QLineEdit::setText);
        dialog->open();
    });
    addRow(key, label, box);
    m_fields.insert(key, path);
}

QString RecordForm::text(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return {};
}

QDate RecordForm::date(const QString &key) const
{
    auto *edit = qobject_cast<QDateEdit *>(m_fields.value(key));
    return edit ? edit->date() : QDate();
}

qint64 RecordForm::dateTimeMs(const QString &key) const
{
    auto *edit = qobject_cast<QDateTimeEdit *>(m_fields.value(key));
    if (!edit || (!edit->specialValueText().isEmpty() && edit->dateTime() == edit->minimumDateTime()))
        return 0;
    return edit->dateTime().toMSecsSinceEpoch();
}

qint64 RecordForm::number(const QString &key) const
{
    auto *spin = qobject_cast<QSpinBox *>(m_fields.value(key));
    return spin ? spin->value() : 0;
}

cd::Result<cd::Attachment> RecordForm::file(const QString &key) const
{
    const QString path = text(key);
    if (path.isEmpty())
        return cd::Attachment{};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return cd::makeError(cd::ErrorCode::Invalid, tr("The file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > kMaxAttachmentBytes)
        return cd::makeError(cd::ErrorCode::Invalid, tr("The file %1 is larger than 64 MiB.").arg(path));
    const QByteArray bytes = f.readAll();
    if (bytes.isEmpty())
        return cd::makeError(cd::ErrorCode::Invalid, tr("The file %1 is empty.").arg(path));
    return cd::Attachment{QFileInfo(path).fileName(), bytes};
}

void RecordForm::accept()
{
    if (m_apply) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const cd::Result<void> applied = m_apply(*this);
        QGuiApplication::restoreOverrideCursor();
        if (!applied.ok()) {
            m_error->setText(applied.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}
