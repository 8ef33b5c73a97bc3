import sys

units_by_item = {}
orders = 0
skipped = 0
for line in sys.stdin:
    if not line.strip():
        continue
    parts = line.split(",")
    if len(parts) != 2:
        skipped += 1
        continue
    item = parts[0].strip().lower()
    try:
        quantity = int(parts[1])
    except ValueError:
        skipped += 1
        continue
    if not item or quantity < 1:
        skipped += 1
        continue
    units_by_item[item] = units_by_item.get(item, 0) + quantity
    orders += 1

units = sum(units_by_item.values())
print(f"Orders: {orders}")
if orders == 0:
    print("No valid orders.")
else:
    print(f"Units: {units}")
    print(f"Average: {units / orders:.1f} units per order")
    top = min(units_by_item, key=lambda item: (-units_by_item[item], item))
    print(f"Top item: {top} ({units_by_item[top]} units)")
print(f"Skipped: {skipped}")
