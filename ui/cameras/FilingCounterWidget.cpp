#include "FilingCounterWidget.h"

#include "ui/common/Gui.h"
#include "core/cameras/CameraCounts.h"
#include "core/compliance/FilingService.h"
#include "ui/common/Retranslate.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kWarningStyle = QStringLiteral(
    "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b; border-radius: 4px; "
    "padding: 8px; font-weight: bold; }");
const QString kNoticeStyle = QStringLiteral(
    "QLabel { background: #fff4e0; color: #6b4500; border: 1px solid #e8c58a; border-radius: 4px; padding: 8px; }");
} // namespace

FilingCounterWidget::Level FilingCounterWidget::levelFor(qint64 holders, qint64 threshold)
{
    if (threshold <= 0 || holders < 0)
        return Level::Below;
    if (holders >= threshold)
        return Level::AtOrAbove;
    // 90 % in integers: exact for any count the database can hold.
    return holders * 10 >= threshold * 9 ? Level::Near : Level::Below;
}

FilingCounterWidget::FilingCounterWidget(cd::Session &session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("filingCounter"));
    setFrameShape(QFrame::StyledPanel);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("filingTitleLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("filingCountLabel"));
    QFont big = m_countLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_countLabel->setFont(big);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("filingDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("filingProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_thresholdButton = new QPushButton(this);
    m_thresholdButton->setObjectName(QStringLiteral("changeThresholdButton"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("filingBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    auto *grid = new QGridLayout;
    grid->addWidget(m_titleLabel, 0, 0, 1, 2);
    grid->addWidget(m_countLabel, 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_detailLabel, 1, 1);
    grid->addWidget(m_thresholdButton, 1, 2, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_bar, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_banner);

    connect(m_thresholdButton, &QPushButton::clicked, this, &FilingCounterWidget::editThreshold);
    cd::gui::onLanguageChange(this, [this] { retranslateUi(); });
    retranslateUi();
}

void FilingCounterWidget::setEditable(bool editable)
{
    m_thresholdButton->setEnabled(editable);
    m_thresholdButton->setToolTip(editable ? QString() : tr("Only a privacy officer can change the threshold."));
}

void FilingCounterWidget::refresh()
{
    cd::CameraCounts counts(m_session);
    const auto holders = counts.faceDataHolders();
    const auto threshold = counts.filingThreshold();
    if (!holders || !threshold) {
        m_loadError = !holders ? holders.error().message : threshold.error().message;
        m_holders = -1;
    } else {
        m_loadError.clear();
        m_holders = holders.value();
        m_threshold = threshold.value();
    }
    m_level = levelFor(m_holders, m_threshold);
    // Any console that sees the threshold reached records the day (an older store first counted
    // here); the banner stays until the officer records the filing.
    cd::FilingService filing(m_session);
    const auto open = filing.note();
    m_openFiling = open ? open.value() : std::nullopt;
    const auto latest = filing.current();
    m_filed = latest && latest.value() && latest.value()->filed();
    showFigures();
}

void FilingCounterWidget::showFigures()
{
    const QLocale locale;
    if (m_holders < 0) {
        m_countLabel->setText(QStringLiteral("–"));
        m_detailLabel->setText(tr("The count could not be read: %1").arg(m_loadError));
        m_bar->setValue(0);
        m_banner->hide();
        return;
    }
    m_countLabel->setText(locale.toString(m_holders));
    const double percent = m_threshold > 0 ? 100.0 * double(m_holders) / double(m_threshold) : 0.0;
    m_detailLabel->setText(tr("people (each counted once) whose face data a camera vendor holds: enrolled, or "
                              "erasure not yet confirmed. Filing threshold: %1 (%2 % reached).")
                               .arg(locale.toString(m_threshold), locale.toString(percent, 'f', 1)));
    m_bar->setValue(int(qMin(1000.0, percent * 10.0)));
    m_banner->setProperty("filingOpen", m_openFiling.has_value());
    if (m_openFiling) {
        m_banner->setStyleSheet(kWarningStyle);
        m_banner->setText(cd::FilingService(m_session).openFilingText(*m_openFiling));
        m_banner->show();
        m_banner->setProperty("level", int(m_level));
        return;
    }
    switch (m_level) {
    case Level::AtOrAbove:
        if (m_filed) {  // filed: nothing left to do about it
            m_banner->hide();
            break;
        }
        m_banner->setStyleSheet(kWarningStyle);
        m_banner->setText(tr("At or above %1 people: the facial-recognition measures require filing with the "
                             "authority within 30 working days.")
                              .arg(locale.toString(m_threshold)));
        m_banner->show();
        break;
    case Level::Near:
        m_banner->setStyleSheet(kNoticeStyle);
        m_banner->setText(tr("Over 90 % of the filing threshold. At %1 people the facial-recognition measures "
                             "require filing with the authority within 30 working days; prepare the filing now.")
                              .arg(locale.toString(m_threshold)));
        m_banner->show();
        break;
    case Level::Below:
        m_banner->hide();
        break;
    }
    m_banner->setProperty("level", int(m_level));
}

void FilingCounterWidget::editThreshold()
{
    // Not exec(): a nested event loop would outlive the page when the console locks.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("thresholdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Filing threshold"));
    dialog->setLabelText(tr("Number of people (de-duplicated) whose face data, once held, requires filing with "
                            "the authority. The facial-recognition measures set it at 100,000."));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, int(cd::CameraCounts::kDefaultFilingThreshold));
    dialog->setIntStep(1000);
    const qint64 current = m_threshold > 0 ? m_threshold : cd::CameraCounts::kDefaultFilingThreshold;
    dialog->setIntValue(int(qBound(qint64(1), current, qint64(1000000000))));
    connect(dialog, &QInputDialog::intValueSelected, this, [this](int value) {
        const auto r = cd::CameraCounts(m_session).setFilingThreshold(value);
        if (!r) {
            cd::gui::showError(this, tr("Filing threshold"), r.error());
            return;
        }
        refresh();
        emit thresholdChanged();
    });
    dialog->open();
}

void FilingCounterWidget::retranslateUi()
{
    m_titleLabel->setText(tr("<b>Face data held</b> (facial-recognition measures, filing duty)"));
    m_thresholdButton->setText(tr("Change &threshold…"));
    showFigures();
}
