#pragma once

namespace Ui {

// J/K/L shuttle as editing systems have it, on the ladder
// −4× −2× −1× ‖ 1× 2× 4×: L steps right (forward, faster forward, or slower
// reverse), J steps left (reverse, faster reverse, or slower forward), K
// stops. From a standstill L plays at 1× and J at −1×; from 1× J goes straight
// to −1× rather than through the pause, which K is for.
class Shuttle final
{
public:
    static constexpr int MaxSpeed = 4;

    int speed() const { return m_speed; }
    int forward() { return m_speed = m_speed == -1 ? 1 : step(m_speed, +1); }
    int reverse() { return m_speed = m_speed == 1 ? -1 : step(m_speed, -1); }
    void stop() { m_speed = 0; }
    void play() { m_speed = 1; }

private:
    static int step(int speed, int direction)
    {
        if (speed == 0)
            return direction;
        if ((speed > 0) == (direction > 0))
            return speed * 2 > MaxSpeed || speed * 2 < -MaxSpeed ? speed : speed * 2;
        return speed / 2;
    }

    int m_speed = 0;
};

} // namespace Ui
