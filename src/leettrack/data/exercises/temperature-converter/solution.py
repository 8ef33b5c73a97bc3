def celsius_to_fahrenheit(celsius: float) -> float:
    """Return the temperature in degrees Fahrenheit."""
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    """Return the temperature in degrees Celsius."""
    return (fahrenheit - 32) * 5 / 9
