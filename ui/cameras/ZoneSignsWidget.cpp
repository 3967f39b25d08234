#include "ZoneSignsWidget.h"

#include "ui/common/Gui.h"
#include "SignRecordDialog.h"
#include "core/access/Session.h"
#include "ui/common/Retranslate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ZoneSignsWidget::ZoneSignsWidget(cd::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("zoneSigns"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTableWidget(0, ColumnCount, this);
    m_view->setObjectName(QStringLiteral("zonesView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SignColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ZoneColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(VendorColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OccupancyColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PostedColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PhotoColumn, QHeaderView::ResizeToContents);
    m_recordButton = new QPushButton(this);
    m_recordButton->setObjectName(QStringLiteral("recordSignButton"));
    m_retireButton = new QPushButton(this);
    m_retireButton->setObjectName(QStringLiteral("retireSignButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_retireButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_recordButton, &QPushButton::clicked, this, &ZoneSignsWidget::recordSign);
    connect(m_retireButton, &QPushButton::clicked, this, &ZoneSignsWidget::retireSign);
    connect(m_view, &QTableWidget::itemSelectionChanged, this, &ZoneSignsWidget::updateActions);
    connect(m_view, &QTableWidget::itemActivated, this, [this] {
        if (m_recordButton->isEnabled())
            recordSign();
    });
    cd::gui::onLanguageChange(this, [this] {
        retranslateUi();
        fill();
    });
    retranslateUi();
}

void ZoneSignsWidget::setEditable(bool editable)
{
    m_editable = editable;
    const QString why = editable ? QString() : tr("Only a privacy officer can record or retire signs.");
    m_recordButton->setToolTip(why);
    m_retireButton->setToolTip(why);
    updateActions();
}

void ZoneSignsWidget::refresh()
{
    cd::CameraInventory inventory(m_session);
    auto zones = inventory.zones();
    auto vendors = inventory.vendors();
    if (!zones || !vendors) {
        qCWarning(lcUi) << "zones could not be read";
        return;
    }
    m_zones = std::move(zones.value());
    m_vendorNames.clear();
    m_vendorCodes.clear();
    for (const cd::VendorRecord &v : vendors.value()) {
        m_vendorNames.insert(v.id, v.name.isEmpty() ? v.code : v.name);
        m_vendorCodes.insert(v.id, v.code);
    }
    fill();
}

void ZoneSignsWidget::setOccupancy(const std::vector<cd::VendorOccupancy> &occupancy)
{
    m_occupancy = occupancy;
    m_occupancyAsked = true;
    for (int row = 0; row < int(m_zones.size()); ++row)
        fillOccupancy(row, m_zones[std::size_t(row)]);
}

void ZoneSignsWidget::fillOccupancy(int row, const cd::ZoneRecord &zone)
{
    const QString code = m_vendorCodes.value(zone.vendorId);
    const cd::VendorOccupancy *vendor = nullptr;
    for (const cd::VendorOccupancy &o : m_occupancy)
        vendor = o.vendorCode == code ? &o : vendor;
    QString text = QStringLiteral("—");
    QString tip;
    if (!m_occupancyAsked)
        tip = tr("Not asked yet.");
    else if (!vendor)
        tip = tr("The vendor is not running.");
    else if (!vendor->offered) {
        text = tr("not offered", "occupancy of a vendor that cannot tell it");
        tip = tr("This vendor does not report how many people are in view.");
    } else if (!vendor->error.isEmpty())
        tip = tr("The vendor could not tell: %1").arg(vendor->error);
    else if (!vendor->peopleByZone.contains(zone.key))
        tip = tr("No camera is counting in this zone now.");
    else {
        text = QLocale().toString(vendor->peopleByZone.value(zone.key));
        tip = tr("People in view now, as the vendor counts them; not stored.");
    }
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->setItem(row, OccupancyColumn, item);
}

void ZoneSignsWidget::fill()
{
    const int keepRow = m_view->currentRow();
    m_view->setRowCount(int(m_zones.size()));
    for (int row = 0; row < int(m_zones.size()); ++row) {
        const cd::ZoneRecord &z = m_zones[std::size_t(row)];
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_view->setItem(row, column, item);
            return item;
        };
        set(ZoneColumn, z.name.isEmpty() ? z.key : z.name, z.key);
        set(VendorColumn, m_vendorNames.value(z.vendorId));
        fillOccupancy(row, z);
        if (z.currentSign) {
            set(SignColumn, z.currentSign->description);
            set(PostedColumn, cd::gui::formatDateTime(z.currentSign->postedSince));
            set(PhotoColumn, cd::gui::shortHash(z.currentSign->photoSha256),
                tr("SHA-256 of the photo: %1").arg(z.currentSign->photoSha256));
        } else {
            QTableWidgetItem *none = set(SignColumn, tr("No sign recorded: face recognition is not allowed here"));
            none->setForeground(QColor(0x8a, 0x1c, 0x12));
            set(PostedColumn, QString());
            set(PhotoColumn, QString());
        }
    }
    if (keepRow >= 0 && keepRow < m_view->rowCount())
        m_view->selectRow(keepRow);
    updateActions();
}

const cd::ZoneRecord *ZoneSignsWidget::currentZone() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_view->selectedRanges();
    if (ranges.isEmpty())
        return nullptr;
    const int row = ranges.front().topRow();
    return row >= 0 && row < int(m_zones.size()) ? &m_zones[std::size_t(row)] : nullptr;
}

void ZoneSignsWidget::updateActions()
{
    const cd::ZoneRecord *z = currentZone();
    m_recordButton->setEnabled(m_editable && z);
    m_retireButton->setEnabled(m_editable && z && z->currentSign);
}

void ZoneSignsWidget::recordSign()
{
    const cd::ZoneRecord *z = currentZone();
    if (!z || !m_editable)
        return;
    const qint64 zoneId = z->id;
    auto *dialog = new SignRecordDialog(z->name.isEmpty() ? z->key : z->name, m_session.clock().now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SignRecordDialog::submitted, this, [this, dialog, zoneId] {
        const auto added = cd::CameraSigns(m_session).addSign(zoneId, dialog->description(), dialog->postedSinceMs(),
                                                                 dialog->photoBytes());
        if (!added) {
            dialog->showError(added.error().message);
            return;
        }
        dialog->accept();
        refresh();
        emit signsChanged();
    });
    dialog->open();
}

void ZoneSignsWidget::retireSign()
{
    const cd::ZoneRecord *z = currentZone();
    if (!z || !z->currentSign || !m_editable)
        return;
    const qint64 signId = z->currentSign->id;
    const QString zoneName = z->name.isEmpty() ? z->key : z->name;
    // Say what else happens: without a sign no camera here may see anyone, counting included.
    int on = 0;
    if (const auto devices = cd::CameraInventory(m_session).devices(z->vendorId)) {
        for (const cd::DeviceRecord &d : devices.value())
            on += d.zoneId == z->id && cd::needsSign(d.mode);
    }
    QString question = tr("Retire the sign record of zone %1? Do this when the sign was taken down.").arg(zoneName);
    if (on > 0)
        question += QLatin1Char('\n') + tr("%n camera(s) in this zone are on now; unless another current sign covers "
                                           "the zone, they will be switched off.", nullptr, on);
    QPointer<ZoneSignsWidget> self(this);
    cd::gui::confirm(this, tr("Retire sign"), question,
                     [self, signId] {
                         if (self)
                             emit self->retireRequested(signId);  // the vendors must hear of it
                     });
}

void ZoneSignsWidget::retranslateUi()
{
    m_intro->setText(tr("Each zone needs a posted sign telling customers about the cameras before any camera in "
                        "it may count or recognise people (PIPL Art. 26)."));
    m_view->setHorizontalHeaderLabels({tr("Zone", "camera zone"), tr("Vendor"), tr("People now"), tr("Current sign"),
                                       tr("Posted since"), tr("Photo SHA-256")});
    m_view->horizontalHeaderItem(OccupancyColumn)
        ->setToolTip(tr("People in view in the zone now, from vendors that count them. Live only: not stored."));
    m_recordButton->setText(tr("Record &sign…"));
    m_retireButton->setText(tr("R&etire sign"));
}
