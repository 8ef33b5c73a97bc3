def celsius_to_fahrenheit(celsius: float) -> float:
    """Return the temperature in degrees Fahrenheit."""
    pass


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    """Return the temperature in degrees Celsius."""
    pass
