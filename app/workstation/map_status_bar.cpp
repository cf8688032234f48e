#include "app/workstation/map_status_bar.h"

#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <cmath>

namespace uo {

namespace {
QLabel *addLabel(QStatusBar *bar, const QString &widest = QString())
{
    auto *label = new QLabel(bar);
    // Wide enough for the longest text it shows, so that the bar does not jump while the mouse moves.
    if (!widest.isEmpty())
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widest) + 8);
    label->setAlignment(Qt::AlignCenter);
    bar->addPermanentWidget(label);
    return label;
}

// An empty label gives its room back to the others and to temporary messages.
void setText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// The scale box shows the scale of the map unless the user is typing in it.
void setText(QComboBox *box, const QString &text)
{
    if (!box->lineEdit()->hasFocus() || text.isEmpty())
        box->setEditText(text);
    box->setEnabled(!text.isEmpty());
}
} // namespace

MapStatusBar::MapStatusBar(QWidget *parent) : QStatusBar(parent)
{
    m_projected = addLabel(this, QStringLiteral("EPSG:4545  E 999,999.9  N 9,999,999.9"));
    m_geographic = addLabel(this, QStringLiteral("EPSG:4490  106.999999°E  29.999999°N"));
    m_scale = new QComboBox(this);
    m_scale->setEditable(true);
    m_scale->setInsertPolicy(QComboBox::NoInsert);
    m_scale->setMinimumContentsLength(12);
    m_scale->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scale->setObjectName(QStringLiteral("ScaleBox"));
    addPermanentWidget(m_scale);
    connect(m_scale->lineEdit(), &QLineEdit::returnPressed, this, &MapStatusBar::scaleEntered);
    connect(m_scale, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const double denominator = m_scale->itemData(index).toDouble();
        if (denominator > 0)
            emit scaleRequested(denominator);
        else
            emit wholeDistrictRequested();
        setText(m_scale, scaleBoxText());
    });
    m_operator = addLabel(this);
    retranslate();
}

MapStatusBar::~MapStatusBar() = default;

void MapStatusBar::setStoreCrs(int srid)
{
    m_srid = srid;
    m_toLonLat.reset();
    if (srid > 0) {
        try {
            m_toLonLat = std::make_unique<CrsTransform>(srid, crs::kCgcs2000LonLat);
        } catch (const CrsError &error) {
            showMessage(error.message(), 10000);
        }
    }
    m_hasCursor = false;
    retranslate();
}

void MapStatusBar::showCursor(QPointF mapPosition)
{
    m_cursor = mapPosition;
    m_hasCursor = m_srid > 0;
    setText(m_projected, projectedText());
    setText(m_geographic, geographicText());
}

void MapStatusBar::clearCursor()
{
    m_hasCursor = false;
    setText(m_projected, projectedText());
    setText(m_geographic, geographicText());
}

void MapStatusBar::setScale(double denominator)
{
    m_scaleDenominator = denominator;
    setText(m_scale, scaleBoxText());
}

void MapStatusBar::setOperatorName(const QString &name)
{
    m_operatorName = name;
    retranslate();
}

QString MapStatusBar::projectedText() const
{
    if (!m_hasCursor)
        return QString();
    const QLocale locale;
    return tr("EPSG:%1  E %2  N %3")
        .arg(m_srid)
        .arg(locale.toString(m_cursor.x(), 'f', 1), locale.toString(m_cursor.y(), 'f', 1));
}

QString MapStatusBar::geographicText() const
{
    if (!m_hasCursor || !m_toLonLat)
        return QString();
    const QPointF lonLat = m_toLonLat->forward(m_cursor);
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return tr("outside the CRS");
    // Six decimals of a degree are about ten centimetres: finer than anything on the map.
    return tr("EPSG:%1  %2°%3  %4°%5")
        .arg(crs::kCgcs2000LonLat)
        .arg(QString::number(std::abs(lonLat.x()), 'f', 6), lonLat.x() < 0 ? tr("W") : tr("E"))
        .arg(QString::number(std::abs(lonLat.y()), 'f', 6), lonLat.y() < 0 ? tr("S") : tr("N"));
}

QString MapStatusBar::scaleText() const
{
    if (m_scaleDenominator <= 0)
        return QString();
    return tr("Scale 1:%1").arg(QLocale().toString(std::llround(m_scaleDenominator)));
}

QString MapStatusBar::scaleBoxText() const
{
    if (m_scaleDenominator <= 0)
        return QString();
    return tr("1:%1").arg(QLocale().toString(std::llround(m_scaleDenominator)));
}

const QList<int> &MapStatusBar::standardScales()
{
    static const QList<int> scales = {500, 1000, 2000, 5000, 10000, 25000, 50000, 100000, 250000};
    return scales;
}

double MapStatusBar::parseScale(const QString &text)
{
    QString t = text.simplified();
    t.replace(QChar(0xff1a), QLatin1Char(':')); // the full-width colon of a Chinese input method
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (t.left(colon).trimmed() != QLatin1String("1"))
            return 0;
        t = t.mid(colon + 1);
    }
    t.remove(QLatin1Char(','))
        .remove(QChar(0xff0c))
        .remove(QLatin1Char(' '))
        .remove(QLocale().groupSeparator());
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && value > 0 ? value : 0;
}

void MapStatusBar::scaleEntered()
{
    const double denominator = parseScale(m_scale->currentText());
    m_scale->lineEdit()->clearFocus();
    if (denominator > 0)
        emit scaleRequested(denominator);
    setText(m_scale, scaleBoxText());
}

void MapStatusBar::fillScales()
{
    const QSignalBlocker blocker(m_scale);
    m_scale->clear();
    for (const int denominator : standardScales())
        m_scale->addItem(tr("1:%1").arg(QLocale().toString(denominator)), double(denominator));
    m_scale->addItem(tr("Whole district"), 0.0);
}

void MapStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void MapStatusBar::retranslate()
{
    m_projected->setToolTip(tr("Pointer position in the store's coordinate system (metres)"));
    m_geographic->setToolTip(tr("Pointer position in CGCS2000 longitude and latitude"));
    m_scale->setToolTip(tr("Map scale on this screen: type a scale and press Enter, or pick one"));
    fillScales();
    m_operator->setToolTip(tr("The name under which changes are recorded in the audit log"));
    setText(m_operator, m_operatorName.isEmpty() ? QString() : tr("Operator: %1").arg(m_operatorName));
    setText(m_projected, projectedText());
    setText(m_geographic, geographicText());
    setText(m_scale, scaleBoxText());
}

} // namespace uo
