#include "VendorStatusWidget.h"

#include "ui/common/Gui.h"
#include "vendors/VendorWorker.h"
#include "core/cameras/CameraInventory.h"
#include "core/cameras/Enrollments.h"
#include "ui/common/Retranslate.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QColor healthColor(cd::VendorHealth health)
{
    switch (health) {
    case cd::VendorHealth::Ready: return QColor(0x1b, 0x6e, 0x20);
    case cd::VendorHealth::Starting:
    case cd::VendorHealth::Restarting: return QColor(0x8a, 0x5a, 0x00);
    case cd::VendorHealth::Stopped:
    case cd::VendorHealth::Refused: return QColor(0x8a, 0x1c, 0x12);
    }
    return {};
}
} // namespace

VendorStatusWidget::VendorStatusWidget(cd::Session &session, cd::VendorWorker &vendors, QWidget *parent)
    : QWidget(parent), m_session(session), m_vendors(&vendors)
{
    setObjectName(QStringLiteral("vendorStatus"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("vendorList"));
    m_view->setColumnCount(ColumnCount);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_enrollButton = new QPushButton(this);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_enrollNote = new QLabel(this);
    m_enrollNote->setWordWrap(true);
    m_containment = new QLabel(this);
    m_containment->setObjectName(QStringLiteral("vendorContainment"));
    m_containment->setWordWrap(true);
    m_containment->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enrollButton);
    buttons->addWidget(m_enrollNote, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_containment);
    layout->addLayout(buttons);

    connect(m_enrollButton, &QPushButton::clicked, this, &VendorStatusWidget::enrollRequested);
    cd::gui::onLanguageChange(this, [this] {
        retranslateUi();
        refresh();
    });
    retranslateUi();
}

void VendorStatusWidget::setEditable(bool editable)
{
    m_enrollButton->setEnabled(editable);
    m_enrollButton->setToolTip(editable ? QString() : tr("Only a privacy officer can enroll customers."));
}

void VendorStatusWidget::refresh()
{
    const auto known = cd::CameraInventory(m_session).vendors();
    const QLocale locale;
    m_view->clear();
    QSet<QString> shown;
    QStringList contained;
    auto enrolledAt = [&](const QString &code) -> QString {
        if (!known)
            return {};
        for (const cd::VendorRecord &v : known.value()) {
            if (v.code == code) {
                const auto enrolled = cd::Enrollments(m_session).activeEnrollments(v.id);
                return enrolled ? locale.toString(qint64(enrolled->size())) : QString();
            }
        }
        return locale.toString(0);
    };
    const std::vector<cd::VendorHostStatus> hosts = m_vendors ? m_vendors->hosts() : std::vector<cd::VendorHostStatus>();
    for (const cd::VendorHostStatus &host : hosts) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(NameColumn, host.name.isEmpty() ? QFileInfo(host.pluginPath).fileName() : host.name);
        item->setText(IdColumn, host.code);
        item->setText(VersionColumn, host.version);
        item->setText(HealthColumn, cd::vendorHealthDisplayName(host.health));
        item->setForeground(HealthColumn, healthColor(host.health));
        item->setText(RestartsColumn, locale.toString(host.restarts));
        item->setText(EnrolledColumn, enrolledAt(host.code));
        item->setText(ErrorColumn, host.lastError);
        item->setToolTip(ErrorColumn, host.lastError);
        item->setToolTip(NameColumn, host.pluginPath);
        shown.insert(host.code);
        if (host.health == cd::VendorHealth::Ready)
            contained << tr("%1: %2", "vendor id: containment of its host")
                             .arg(host.code, cd::VendorHost::describeContainment(host.containment));
    }
    m_containment->setText(contained.isEmpty() ? QString()
                                               : tr("Containment of the plugin hosts:") + QLatin1Char('\n')
                                                     + contained.join(QLatin1Char('\n')));
    m_containment->setVisible(!contained.isEmpty());
    // Known to the database from an earlier run, but not running now.
    if (known) {
        for (const cd::VendorRecord &v : known.value()) {
            if (shown.contains(v.code))
                continue;
            auto *item = new QTreeWidgetItem(m_view);
            item->setText(NameColumn, v.name);
            item->setText(IdColumn, v.code);
            item->setText(VersionColumn, v.version);
            item->setText(HealthColumn, cd::vendorHealthDisplayName(cd::VendorHealth::Stopped));
            item->setForeground(HealthColumn, healthColor(cd::VendorHealth::Stopped));
            item->setText(EnrolledColumn, enrolledAt(v.code));
            item->setText(ErrorColumn, tr("No plugin host is running for this vendor."));
            shown.insert(v.code);
        }
    }
    const std::vector<cd::PluginCheck> checks = m_vendors ? m_vendors->checks() : std::vector<cd::PluginCheck>();
    for (const cd::PluginCheck &check : checks) {
        if (check.ok)
            continue;
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(NameColumn, QFileInfo(check.file).fileName());
        item->setToolTip(NameColumn, check.file);
        item->setText(HealthColumn, cd::vendorHealthDisplayName(cd::VendorHealth::Refused));
        item->setForeground(HealthColumn, healthColor(cd::VendorHealth::Refused));
        item->setText(ErrorColumn, tr("Refused when checked: %1").arg(check.error));
        item->setToolTip(ErrorColumn, check.error);
    }
    // Fit the columns once there is something to fit; later the user's widths stay.
    if (!m_columnsSized && m_view->topLevelItemCount() > 0) {
        for (int c = 0; c < ColumnCount - 1; ++c)
            m_view->resizeColumnToContents(c);
        m_columnsSized = true;
    }
}

void VendorStatusWidget::retranslateUi()
{
    m_intro->setText(tr("Each vendor plugin runs in its own process. A vendor that crashes or hangs is restarted; "
                        "what it was asked to do is retried."));
    m_view->setHeaderLabels({tr("Vendor"), tr("Id", "vendor id"), tr("Version"), tr("Health", "vendor process state"),
                             tr("Restarts"), tr("Enrolled", "customers enrolled at the vendor"), tr("Last error")});
    m_enrollButton->setText(tr("&Enroll consented customers"));
    m_enrollNote->setText(tr("Enrolls every customer with a valid separate consent to face recognition (and a "
                             "guardian's, under 14) at every running vendor. Only a pseudonym leaves the console."));
}
