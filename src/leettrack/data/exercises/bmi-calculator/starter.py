weight = float(input())
height = float(input())
bmi = weight / height ** 2
print("BMI:", bmi)
if bmi < 25:
    print("Category: normal")
else:
    print("Category: overweight")
