#pragma once

#include <QPointF>
#include <QStatusBar>
#include <memory>

class QComboBox;
class QLabel;

namespace uo {

class CrsTransform;

// The status bar under the map: where the pointer is, in the store CRS and in CGCS2000 longitude and
// latitude, the current scale, and who is working. Temporary messages still use showMessage(). The scale
// is a box where a scale can be typed ("1:2000", "2000", "1：2,000") or picked from the usual ones.
class MapStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit MapStatusBar(QWidget *parent = nullptr);
    ~MapStatusBar() override;

    // The EPSG code of the open store; 0 when none is open.
    void setStoreCrs(int srid);
    void showCursor(QPointF mapPosition);
    void clearCursor();
    // The 1:N scale of the map; 0 when no map is shown.
    void setScale(double denominator);
    void setOperatorName(const QString &name);

    QString projectedText() const;
    QString geographicText() const;
    QString scaleText() const;
    QComboBox *scaleBox() const { return m_scale; }
    // The denominator of a scale as typed: "1:2,000", "2000", "1：2000"; 0 when it is not a scale.
    static double parseScale(const QString &text);
    // The scales offered in the box, largest first.
    static const QList<int> &standardScales();

signals:
    // The user typed or picked a scale (its denominator), or the whole district.
    void scaleRequested(double denominator);
    void wholeDistrictRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillScales();
    QString scaleBoxText() const;
    void scaleEntered();

    QLabel *m_projected;
    QLabel *m_geographic;
    QComboBox *m_scale;
    QLabel *m_operator;
    std::unique_ptr<CrsTransform> m_toLonLat;
    int m_srid = 0;
    bool m_hasCursor = false;
    QPointF m_cursor;
    double m_scaleDenominator = 0;
    QString m_operatorName;
};

} // namespace uo
