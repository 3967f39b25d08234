#include "RecoveryCodeView.h"
#include "ui/common/Retranslate.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
// "ABCD-EFGH-…" in two lines of four groups: easier to copy by hand without losing a group.
QString twoLines(const QString &code)
{
    const QStringList groups = code.split(QLatin1Char('-'));
    if (groups.size() < 2)
        return code;
    const int half = int(groups.size() + 1) / 2;
    return groups.mid(0, half).join(QLatin1Char('-')) + QLatin1String("-\n") + groups.mid(half).join(QLatin1Char('-'));
}
} // namespace

RecoveryCodeView::RecoveryCodeView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryCodeView"));
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setMargin(8);
    m_warning->setStyleSheet(QStringLiteral("background: #fff4d6; color: #4a3500; border: 1px solid #e0b84c;"
                                            " border-radius: 4px;"));

    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(qMax(18.0, mono.pointSizeF() * 1.8));
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMargin(12);
    m_codeLabel->setStyleSheet(QStringLiteral("background: palette(base);"));

    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAutoDefault(false);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmCheck"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addWidget(m_codeLabel);
    layout->addLayout(buttons);
    layout->addStretch();
    layout->addWidget(m_confirm);

    connect(m_printButton, &QPushButton::clicked, this, &RecoveryCodeView::print);
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryCodeView::confirmedChanged);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

RecoveryCodeView::~RecoveryCodeView() = default;

void RecoveryCodeView::setCode(const QString &code)
{
    m_code = code;
    m_codeLabel->setText(twoLines(code));
    m_confirm->setChecked(false);
}

bool RecoveryCodeView::isConfirmed() const { return m_confirm->isChecked(); }

void RecoveryCodeView::retranslateUi()
{
    m_warning->setText(
        tr("<p><b>This is the recovery code of this store. It is shown only this once.</b></p>"
           "<p>Print it or write it down now and keep it locked away, apart from this computer. "
           "If every passphrase is lost, it is the only way into the records. Anyone who holds it "
           "can open every record, so never keep it in a file or an e-mail.</p>"));
    m_printButton->setText(tr("&Print…"));
    m_confirm->setText(tr("I have &written down the recovery code"));
}

QString RecoveryCodeView::printableHtml() const
{
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat);
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>"
                          "<p style=\"font-family: monospace; font-size: 20pt; font-weight: bold;\">%4</p>"
                          "<p>%5</p>")
        .arg(tr("ConsentDesk recovery code").toHtmlEscaped(),
             tr("Store: %1").arg(m_storeName).toHtmlEscaped(),
             tr("Printed: %1").arg(when).toHtmlEscaped(),
             twoLines(m_code).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")),
             tr("Keep this sheet locked away. Anyone holding it can open every record of the store.")
                 .toHtmlEscaped());
}

void RecoveryCodeView::print()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    // open(), not exec(): locking the console may tear this widget down at any time.
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this](QPrinter *printer) {
        QTextDocument doc;
        doc.setHtml(printableHtml());
        doc.print(printer);
    });
    dialog->open();
}
