import sys

units_by_item = {}
orders = 0
skipped = 0
for line in sys.stdin:
    if line == "":
        continue
    parts = line.split(",")
    if len(parts) != 2:
        skipped += 1
        continue
    item = parts[0]
    try:
        quantity = int(parts[1])
    except ValueError:
        skipped += 1
        continue
    if quantity < 0:
        skipped += 1
        continue
    units_by_item[item] += quantity
    orders += 1

units = sum(units_by_item.values())
print(f"Orders: {orders}")
print(f"Units: {units}")
print(f"Average: {units // orders} units per order")
top = max(units_by_item)
print(f"Top item: {top} ({units_by_item[top]} units)")
print(f"Skipped: {skipped}")
