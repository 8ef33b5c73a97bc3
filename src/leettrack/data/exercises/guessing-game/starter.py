MAX_GUESSES = 7

secret = int(input())
guesses = 0

# TODO: keep reading guesses until the player wins or runs out of guesses
guess = int(input())
if guess == secret:
    print("Correct!")
