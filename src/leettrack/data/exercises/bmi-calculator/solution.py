def category(bmi: float) -> str:
    """The name of the range the BMI falls in."""
    if bmi < 18.5:
        return "underweight"
    if bmi < 25:
        return "normal"
    if bmi < 30:
        return "overweight"
    return "obese"


try:
    weight = float(input())
    height = float(input()) / 100
except ValueError:
    weight = height = 0.0
if weight > 0 and height > 0:
    bmi = weight / height**2
    print(f"BMI: {bmi:.1f}")
    print(f"Category: {category(bmi)}")
else:
    print("Please enter positive numbers.")
