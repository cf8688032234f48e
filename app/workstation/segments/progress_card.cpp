#include "app/workstation/segments/progress_card.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace uo {

ProgressCard::ProgressCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("ProgressCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < ItemCount; ++i) {
        auto *value = new QLabel(this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(this);
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        grid->addWidget(value, 0, i);
        grid->addWidget(caption, 1, i);
        m_values.append(value);
        m_captions.append(caption);
    }
    retranslate();
    display({}, false);
}

void ProgressCard::setFigures(const ProgressFigures &figures)
{
    display(figures, true);
}

void ProgressCard::clear()
{
    display({}, false);
}

void ProgressCard::display(const ProgressFigures &figures, bool known)
{
    m_figures = figures;
    m_known = known;
    const int numbers[ItemCount] = {figures.roads, figures.segments, figures.assigned, figures.unassigned,
                                    figures.roadsNotCovered};
    const QLocale locale;
    for (int i = 0; i < ItemCount; ++i)
        m_values[i]->setText(known ? locale.toString(numbers[i]) : QStringLiteral("\u2013"));
    // Work left to do stands out; a clean card stays quiet.
    const QString warn = QStringLiteral("color: #c0392b;");
    m_values[Unassigned]->setStyleSheet(known && figures.unassigned > 0 ? warn : QString());
    m_values[RoadsNotCovered]->setStyleSheet(known && figures.roadsNotCovered > 0 ? warn : QString());
    m_values[Segments]->setToolTip(
        known ? tr("%1 km of segments").arg(locale.toString(figures.kilometres, 'f', 1)) : QString());
    m_values[Assigned]->setToolTip(
        known ? tr("%1 km with a chief").arg(locale.toString(figures.assignedKilometres, 'f', 1))
              : QString());
}

QString ProgressCard::valueText(Item item) const
{
    return m_values.at(item)->text();
}

void ProgressCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        display(m_figures, m_known);
    }
    QFrame::changeEvent(event);
}

void ProgressCard::retranslate()
{
    m_captions[Roads]->setText(tr("Roads"));
    m_captions[Segments]->setText(tr("Segments"));
    m_captions[Assigned]->setText(tr("Assigned"));
    m_captions[Unassigned]->setText(tr("Need a chief"));
    m_captions[RoadsNotCovered]->setText(tr("Roads not fully covered"));
}

} // namespace uo
